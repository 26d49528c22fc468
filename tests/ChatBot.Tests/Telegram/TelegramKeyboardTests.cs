using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// What happens to the bot's message once a button under it was pressed, through the running service, the real
/// Telegram.Bot client and the fake Bot API: its buttons go, the choice stays visible as "✓ label", and only then
/// does the answer arrive.
/// </summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramKeyboardTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    private static readonly FlowDefinition Survey = SharedModel.Dialogs.Find("business_climate_survey")!;

    private FakeBotApi Api => channel.Api;

    private static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language).Trim();

    private static bool HasCallbackButtons(SentMessage message) => message.Buttons.Any(b => b.CallbackData is not null);

    [Theory]
    [InlineData("ru", "ндс", Language.Ru)]
    [InlineData("kk", "жшс", Language.Kk)]
    public async Task PressingAClarificationButtonRemovesTheButtonsAndMarksTheChoiceInTheUsersLanguage(string appLanguage, string question, Language language)
    {
        var user = channel.NewUser(appLanguage);
        user.Send(question);
        var clarification = await user.NextReplyAsync();
        Assert.Equal(Text(TextKeys.Clarify, language), clarification.Shown);
        var topic = clarification.Buttons.First(b => b.CallbackData is { } data && Payloads.TryIntent(data, out _));
        Payloads.TryIntent(topic.CallbackData!, out var intentId);

        user.Press(topic.Text);
        var answer = await user.NextReplyAsync();

        Assert.StartsWith(SharedModel.Knowledge.Find(intentId)!.FirstAnswer!.In(language).Trim(), answer.Shown, StringComparison.Ordinal);
        var marked = Api.Message(user.ChatId, clarification.MessageId);
        Assert.Equal(clarification.Shown + "\n\n✓ " + topic.Text, marked.Text);
        Assert.False(HasCallbackButtons(marked), marked.ToString());
        var edit = Assert.Single(Api.Edits(user.ChatId));
        Assert.Equal(("editMessageText", 200), (edit.Method, edit.Status));
        Assert.True(IndexOf(edit) < IndexOf(Api.Calls("sendMessage").Last(c => c.ChatId == user.ChatId)), "the mark comes before the answer");
    }

    [Fact]
    public async Task ASingleChoiceInTheSurveyIsMarkedAndItsButtonsRemoved()
    {
        var user = channel.NewUser();
        var first = await StartSurveyAsync(user);
        var label = Survey.Steps[0].Options[1].Label.Ru;

        user.Press(label);
        Assert.StartsWith("2 / 11", (await user.NextReplyAsync()).Shown, StringComparison.Ordinal);

        var marked = Api.Message(user.ChatId, first.MessageId);
        Assert.Equal(first.Shown + "\n\n✓ " + label, marked.Text);
        Assert.Empty(marked.Buttons);
    }

    [Fact]
    public async Task AMultiChoiceQuestionKeepsAPressableKeyboardUntilDoneAndThenShowsDoneAsTheChoice()
    {
        var user = channel.NewUser();
        await StartSurveyAsync(user);
        user.Press(Survey.Steps[0].Options[0].Label.Ru);
        await user.NextReplyAsync();
        user.Press(Survey.Steps[1].Options[0].Label.Ru);
        await user.NextReplyAsync();
        user.Press(Survey.Steps[2].Options[0].Label.Ru);
        await user.NextReplyAsync();
        user.Send("5");
        await user.NextReplyAsync();
        user.Press("4");
        var barriers = await user.NextReplyAsync();
        Assert.Contains(Survey.Step("barriers")!.Prompt.Ru, barriers.Shown, StringComparison.Ordinal);
        var taxes = Survey.Step("barriers")!.Options[0].Label.Ru;
        var permits = Survey.Step("barriers")!.Options[2].Label.Ru;

        // Each pick asks the question again with the selection ticked; the copy pressed gives way to it, unmarked.
        user.Press(taxes);
        var afterOne = await user.NextReplyAsync();
        Assert.Contains(afterOne.Buttons, b => b.Text == "✓ " + taxes);
        Assert.Equal(barriers.Shown, Api.Message(user.ChatId, barriers.MessageId).Text);
        Assert.Equal([afterOne.MessageId], Pressable(user, since: barriers));

        user.Press(permits);
        var afterTwo = await user.NextReplyAsync();
        Assert.Contains(afterTwo.Buttons, b => b.Text == "✓ " + permits);
        Assert.Equal([afterTwo.MessageId], Pressable(user, since: barriers));

        var done = Text(FlowTextKeys.ButtonDone, Language.Ru);
        user.Press(done);
        var next = await user.NextReplyAsync();
        Assert.Contains(Survey.Step("online_services")!.Prompt.Ru, next.Shown, StringComparison.Ordinal);
        var finished = Api.Message(user.ChatId, afterTwo.MessageId);
        Assert.Equal(afterTwo.Shown + "\n\n✓ " + done, finished.Text);
        Assert.False(HasCallbackButtons(finished));
        Assert.Equal([next.MessageId], Pressable(user, since: barriers));
    }

    [Fact]
    public async Task AnEditThatTelegramRefusesStillLetsTheAnswerThrough()
    {
        var user = channel.NewUser();
        user.Send("ндс");
        var clarification = await user.NextReplyAsync();
        var topic = clarification.Buttons.First(b => b.CallbackData is { } data && Payloads.TryIntent(data, out _));
        Api.Fail("editMessageText", 1, 400, description: "Bad Request: message can't be edited");

        user.Press(topic.Text);
        var answer = await user.NextReplyAsync();

        Payloads.TryIntent(topic.CallbackData!, out var intentId);
        Assert.StartsWith(SharedModel.Knowledge.Find(intentId)!.FirstAnswer!.Ru.Trim(), answer.Shown, StringComparison.Ordinal);
        Assert.Equal(400, Assert.Single(Api.Edits(user.ChatId)).Status);
        Assert.Equal(clarification.Buttons, Api.Message(user.ChatId, clarification.MessageId).Buttons);
    }

    [Fact]
    public async Task TheAnswerWaitsForTheEditOfThePressedMessageWhileOtherChatsAreServed()
    {
        var user = channel.NewUser();
        user.Send("ндс");
        var clarification = await user.NextReplyAsync();
        var topic = clarification.Buttons.First(b => b.CallbackData is { } data && Payloads.TryIntent(data, out _));
        Api.HoldEdits();
        try
        {
            user.Press(topic.Text);
            await Api.WaitUntilAsync(() => Api.Edits(user.ChatId).Count == 1, "the edit of the pressed message");

            // The answer is committed by now. A notice for another chat, written outside a turn, is found by the
            // sender's own look at the outbox, which passes over the held chat in the same pass.
            var other = channel.NewUser();
            var otherChat = other.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // A second notice, found by a later pass, leaves time enough for an answer sent by the first to show.
            foreach (var notice in new[] { "first notice", "second notice" })
            {
                channel.Host.Runtime.Outbox.Add(new OutboxItem
                {
                    ConversationId = ConversationIds.Of("telegram", otherChat),
                    Channel = "telegram",
                    ChatId = otherChat,
                    Message = OutgoingMessage.Plain(notice),
                    CreatedAt = DateTimeOffset.UtcNow,
                });
                await other.NextReplyAsync();
            }

            Assert.Single(Api.Calls("sendMessage"), c => c.ChatId == user.ChatId);
        }
        finally
        {
            Api.ReleaseEdits();
        }

        await user.NextReplyAsync();
        Assert.True(IndexOf(Api.Edits(user.ChatId).Single()) < IndexOf(Api.Calls("sendMessage").Last(c => c.ChatId == user.ChatId)));
    }

    [Fact]
    public async Task AButtonPressedAgainAfterItsKeyboardWasRemovedIsStillAnsweredAndNothingIsEdited()
    {
        var user = channel.NewUser();
        var first = await StartSurveyAsync(user);
        user.Press(Survey.Steps[0].Options[0].Label.Ru);
        Assert.StartsWith("2 / 11", (await user.NextReplyAsync()).Shown, StringComparison.Ordinal);

        // An app that still showed the old question: the answer belongs to a finished step, so the current one comes again.
        user.Press(first, Survey.Steps[0].Options[1].Label.Ru);
        Assert.StartsWith("2 / 11", (await user.NextReplyAsync()).Shown, StringComparison.Ordinal);

        Assert.Single(Api.Edits(user.ChatId));
        Assert.EndsWith("✓ " + Survey.Steps[0].Options[0].Label.Ru, Api.Message(user.ChatId, first.MessageId).Text, StringComparison.Ordinal);
    }

    /// <returns>The first question, after the survey's title and intro.</returns>
    private static async Task<SentMessage> StartSurveyAsync(FakeTelegramUser user)
    {
        user.Send("/start survey");
        await user.NextReplyAsync();
        var first = await user.NextReplyAsync();
        Assert.StartsWith("1 / 11\n\n" + Survey.Steps[0].Prompt.Ru, first.Shown, StringComparison.Ordinal);
        return first;
    }

    /// <summary>The messages from <paramref name="since"/> on that still have buttons to press.</summary>
    /// <remarks>A question answered by typing (the years above) keeps its back and cancel buttons: only presses edit.</remarks>
    private IEnumerable<int> Pressable(FakeTelegramUser user, SentMessage since) =>
        Api.Sent(user.ChatId).Where(m => m.MessageId >= since.MessageId && HasCallbackButtons(m)).Select(m => m.MessageId);

    private int IndexOf(BotApiCall call) => Api.Calls().ToList().IndexOf(call);
}
