using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Testing;

namespace ChatBot.Tests.Web;

/// <summary>
/// The live event stream: it carries what did not come back in a response (an operator's message, a later bot
/// message), wakes on a notification, resumes after Last-Event-ID, and delivers nothing twice.
/// </summary>
public sealed class ChatEventStreamTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    private readonly ChatClient _chat = host.Chat();

    private OperatorDesk Operator => new(
        host.Service<IConversationStore>(), host.Service<IConversationNotifier>(), host.Time);

    [Fact]
    public async Task AnOperatorsMessageReachesAnOpenStreamAtOnce()
    {
        var chat = await _chat.StartAsync();
        using var events = await _chat.OpenEventsAsync(chat);

        var id = Operator.Say(chat.ConversationId, "Здравствуйте, я консультант Айгерим.");

        var (eventId, message) = await events.NextAsync();
        Assert.Equal(id, eventId);
        Assert.Equal("operator", message.From);
        Assert.Equal("Здравствуйте, я консультант Айгерим.", message.Text);
        Assert.Equal(host.Time.GetUtcNow(), message.At);
    }

    [Fact]
    public async Task TheStreamTakesATicketInTheQueryForEventSource()
    {
        var chat = await _chat.StartAsync();
        using var events = await _chat.OpenEventsAsync(chat, withTicket: true);

        Operator.Say(chat.ConversationId, "Вы на связи?");

        Assert.Equal("Вы на связи?", (await events.NextAsync()).Message.Text);
    }

    [Fact]
    public async Task RepliesReturnedByAPostAreNotRepeatedOnTheStream()
    {
        var chat = await _chat.StartAsync();
        using var events = await _chat.OpenEventsAsync(chat);

        await _chat.SayAsync(chat, "как открыть ИП?");
        await _chat.SayAsync(chat, "спасибо");
        Operator.Say(chat.ConversationId, "Остались вопросы?");

        // The first event is the operator's: neither the greeting nor the two answers came again.
        Assert.Equal("Остались вопросы?", (await events.NextAsync()).Message.Text);
    }

    [Fact]
    public async Task MessagesSentWhileTheStreamWasClosedArriveOnReconnectAndNoneTwice()
    {
        var chat = await _chat.StartAsync();
        long seen;
        using (var events = await _chat.OpenEventsAsync(chat))
        {
            Operator.Say(chat.ConversationId, "первое");
            seen = (await events.NextAsync()).Id;
        }

        var second = Operator.Say(chat.ConversationId, "второе");
        var third = Operator.Say(chat.ConversationId, "третье", from: MessageAuthor.Bot);

        using (var events = await _chat.OpenEventsAsync(chat, lastEventId: seen))
        {
            var a = await events.NextAsync();
            var b = await events.NextAsync();
            Assert.Equal((second, "второе", "operator"), (a.Id, a.Message.Text, a.Message.From));
            Assert.Equal((third, "третье", "bot"), (b.Id, b.Message.Text, b.Message.From));
        }

        using (var events = await _chat.OpenEventsAsync(chat, lastEventId: third))
        {
            Operator.Say(chat.ConversationId, "четвёртое");
            Assert.Equal("четвёртое", (await events.NextAsync()).Message.Text);
        }
    }

    [Fact]
    public async Task TheHistorysLastEventIdResumesTheStreamAfterWhatTheHistoryShows()
    {
        var chat = await _chat.StartAsync();
        Operator.Say(chat.ConversationId, "пока вас не было");
        var history = await _chat.HistoryAsync(chat);
        Assert.Equal("пока вас не было", history.Messages[^1].Text);

        using var events = await _chat.OpenEventsAsync(chat, lastEventId: history.LastEventId);
        Operator.Say(chat.ConversationId, "новое");

        Assert.Equal("новое", (await events.NextAsync()).Message.Text);
    }

    [Fact]
    public async Task AStreamOpenedWithoutLastEventIdGetsWhatIsPendingFromTheStart()
    {
        var chat = await _chat.StartAsync();
        await _chat.SayAsync(chat, "привет");
        Operator.Say(chat.ConversationId, "сообщение до подключения");

        using var events = await _chat.OpenEventsAsync(chat);

        Assert.Equal("сообщение до подключения", (await events.NextAsync()).Message.Text);
    }

    [Fact]
    public async Task AnIdleStreamDoesNotLookIntoTheStoreUntilItsConversationChanges()
    {
        var chat = await _chat.StartAsync();
        using var events = await _chat.OpenEventsAsync(chat);
        Operator.Say(chat.ConversationId, "первое");
        await events.NextAsync();
        await AdvanceUntil(events.KeepAliveAsync()); // past its last look, asleep

        Operator.Say(chat.ConversationId, "записано без уведомления", notify: false);
        var next = events.NextAsync();

        // An hour of keep-alives, every 15 s, wakes the stream without a look.
        for (var i = 0; i < 240; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(15));
        }

        await Task.WhenAny(next, Task.Delay(500));
        Assert.False(next.IsCompleted, "an idle stream looked into the store");

        Operator.Say(chat.ConversationId, "второе");
        Assert.Equal("записано без уведомления", (await next).Message.Text);
        Assert.Equal("второе", (await events.NextAsync()).Message.Text);
    }

    /// <summary>The fake clock only moves when told: a second at a time until the stream has done what is awaited.</summary>
    private async Task AdvanceUntil(Task done)
    {
        while (!done.IsCompleted)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(done, Task.Delay(20));
        }

        await done;
    }
}
