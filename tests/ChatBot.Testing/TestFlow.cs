using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using Xunit;

namespace ChatBot.Testing;

/// <summary>
/// A conversation written as it reads: <c>Send("привет").AssertReply(...).Press(...)</c>, run with
/// <see cref="StartTestAsync"/>. Each assertion takes the next reply the bot sent, in order.
/// </summary>
public sealed class TestFlow(TestBot bot, string channel, string chatId)
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<OutgoingMessage> _unread = new();
    private OutgoingMessage? _last;
    private int _messageNumber;

    public TestFlow Send(string text, string? messageId = null) =>
        Then(() => Deliver(new IncomingMessage(channel, chatId, text, null, messageId ?? NextId(), bot.Time.GetUtcNow())));

    /// <summary>Sends a document, fetched as a channel that carries files fetches it (Telegram's: use that channel).</summary>
    public TestFlow SendFile(string fileName, byte[] content) =>
        Then(() => Deliver(new IncomingMessage(channel, chatId, null, null, NextId(), bot.Time.GetUtcNow(), File: new IncomingFile(fileName, "application/pdf", content.LongLength, content))));

    /// <summary>Presses the button with this title on the last reply read.</summary>
    public TestFlow Press(string title) => Then(() =>
    {
        var button = _last?.Buttons.FirstOrDefault(b => b.Title == title)
            ?? throw new Xunit.Sdk.XunitException($"no button '{title}' on the last reply: {Describe(_last)}");
        return Deliver(new IncomingMessage(channel, chatId, null, button.Payload, NextId(), bot.Time.GetUtcNow()));
    });

    /// <summary>Presses the button chosen from the last reply read.</summary>
    public TestFlow Press(Func<OutgoingMessage, Button> choose) => Then(() =>
        Deliver(new IncomingMessage(channel, chatId, null, choose(_last!).Payload, NextId(), bot.Time.GetUtcNow())));

    /// <summary>Runs something between messages, such as restarting the service or moving the clock.</summary>
    public TestFlow Do(Action action) => Then(() =>
    {
        action();
        return Task.CompletedTask;
    });

    /// <summary>Runs something that takes its time between messages, such as an operator's action.</summary>
    public TestFlow DoAsync(Func<Task> action) => Then(action);

    /// <summary>Presses the button whose payload is this one on the last reply read.</summary>
    public TestFlow PressPayload(string payload) => Then(() =>
    {
        Assert.True(_last?.Buttons.Any(b => b.Payload == payload) == true, $"no button '{payload}' on the last reply: {Describe(_last)}");
        return Deliver(new IncomingMessage(channel, chatId, null, payload, NextId(), bot.Time.GetUtcNow()));
    });

    /// <summary>Takes messages written to the conversation outside its turns (an invitation) as the next replies to read.</summary>
    public TestFlow Receive(Func<IEnumerable<OutgoingMessage>> pushed) => Then(() =>
    {
        foreach (var message in pushed())
        {
            _unread.Enqueue(message);
        }

        return Task.CompletedTask;
    });

    public TestFlow AssertReply(Action<OutgoingMessage> check) => Then(() =>
    {
        Assert.True(_unread.Count > 0, "the bot sent no further reply");
        _last = _unread.Dequeue();
        check(_last);
        return Task.CompletedTask;
    });

    public TestFlow AssertReply(string expectedText) => AssertReply(reply => Assert.Equal(expectedText.Trim(), reply.Text.Trim()));

    public TestFlow AssertReplyStartsWith(string expectedStart) =>
        AssertReply(reply => Assert.StartsWith(expectedStart.Trim(), reply.Text, StringComparison.Ordinal));

    /// <summary>The reply is the knowledge base's answer to this intent, in this language.</summary>
    /// <summary>The topic's answer as the bot gives it first: its short answer when it has one.</summary>
    public TestFlow AssertAnswer(string intentId, Language language) =>
        AssertAnswerText(intentId, language, bot.Knowledge.Find(intentId)?.FirstAnswer, "answer");

    /// <summary>The topic's full answer, as "Подробнее" gives it (or the first reply of a topic without a short answer).</summary>
    public TestFlow AssertFullAnswer(string intentId, Language language) =>
        AssertAnswerText(intentId, language, bot.Knowledge.Find(intentId)?.Answer, "full answer");

    private TestFlow AssertAnswerText(string intentId, Language language, LocalizedText? answer, string what) => AssertReply(reply =>
    {
        if (answer is null)
        {
            throw new Xunit.Sdk.XunitException($"'{intentId}' has no {what}");
        }

        Assert.True(
            reply.Text.StartsWith(answer.In(language).Trim(), StringComparison.Ordinal),
            $"expected the {language} {what} of '{intentId}', got: {Describe(reply)}");
    });

    public TestFlow AssertText(string key, Language language) => AssertReply(bot.Knowledge.Texts.Get(key, language));

    public TestFlow AssertText(string key, Language language, params (string Name, object Value)[] values) =>
        AssertReply(bot.Knowledge.Texts.Format(key, language, values));

    /// <summary>The main menu (greeting, /menu, the off-topic reply): this text first, then "All topics" among the buttons.</summary>
    public TestFlow AssertMainMenu(string key, Language language) => AssertReply(reply =>
    {
        Assert.StartsWith(bot.Knowledge.Texts.Get(key, language).Trim(), reply.Text, StringComparison.Ordinal);
        Assert.True(reply.Buttons.Any(b => b.Payload == ChatBot.Core.Engine.Payloads.Topics), "no 'All topics' button: " + Describe(reply));
    });

    public TestFlow AssertNoMoreReplies() => Then(() =>
    {
        Assert.True(_unread.Count == 0, "unexpected reply: " + Describe(_unread.FirstOrDefault()));
        return Task.CompletedTask;
    });

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    public static string Describe(OutgoingMessage? message) => message is null
        ? "(none)"
        : $"\"{message.Text}\" [{string.Join(" | ", message.Buttons.Select(b => b.Title + "→" + b.Payload))}]";

    private TestFlow Then(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private async Task Deliver(IncomingMessage message)
    {
        if (_unread.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("replies left unchecked before sending: " + Describe(_unread.Peek()));
        }

        var outcome = await bot.Engine.HandleAsync(message);
        foreach (var item in outcome.Replies)
        {
            _unread.Enqueue(item.Message);
        }
    }

    private string NextId() => $"m{++_messageNumber}";
}
