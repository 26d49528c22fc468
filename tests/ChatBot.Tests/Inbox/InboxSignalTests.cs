using ChatBot.Core.Engine;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Inbox;

/// <summary>The signals reach the inbox from real conversations: the real engine, model and LiteDB file.</summary>
public sealed class InboxSignalTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private IReviewInbox Inbox => _bot.Services.GetRequiredService<IReviewInbox>();

    private string Text(string key) => _bot.Knowledge.Texts.Get(key, Language.Ru);

    [Fact]
    public async Task AFallbackAppearsInTheInboxGroupedWithItsNearDuplicates()
    {
        string[] spellings = ["посоветуйте породу собаки для квартиры", "Посоветуйте породу собаки для квартиры?", "посоветуйте породу собак для квартиры"];
        for (var i = 0; i < spellings.Length; i++)
        {
            await _bot.Conversation("user-" + i).Send(spellings[i]).AssertMainMenu(TextKeys.OutOfScope, Language.Ru).StartTestAsync();
        }

        await _bot.Conversation("other").Send("как заказать торт на свадьбу").StartTestAsync();

        var view = InboxView.Of(Inbox.Items(), _bot.Knowledge, new InboxQuery());
        var row = view.Groups[0];
        Assert.Equal(3, row.Count);
        Assert.Equal(InboxSignal.NotUnderstood, Assert.Single(row.Signals).Key);
        Assert.Equal("ru", row.Language);
        Assert.DoesNotContain("как заказать торт на свадьбу", row.Spellings);
    }

    [Fact]
    public async Task ThumbsDownUnderAnAnswerSendsItsQuestionToTheInboxAndAsksNothingMore()
    {
        await _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .PressPayload(Payloads.RateDown("register_sole_proprietor"))
            .AssertReply(reply =>
            {
                Assert.Equal(Text(TextKeys.RatingDownThanks), reply.Text);
                Assert.Empty(reply.Buttons);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();

        var item = Assert.Single(Inbox.Items(InboxStatus.Pending));
        Assert.Equal((InboxSignal.ThumbsDown, "как открыть ИП?", "register_sole_proprietor", "ru"), (item.Signal, item.Text, item.Topic, item.Language));
    }

    [Fact]
    public async Task ThumbsUpIsThankedAndSendsNothingToTheInbox()
    {
        await _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer("register_sole_proprietor", Language.Ru)
            .PressPayload(Payloads.RateUp("register_sole_proprietor"))
            .AssertReply(reply => Assert.Equal(Text(TextKeys.RatingThanks), reply.Text))
            .StartTestAsync();

        Assert.Empty(Inbox.Items());
    }

    [Fact]
    public async Task NoneOfTheseAfterAClarificationSendsTheQuestionAsItsOwnSignal()
    {
        await _bot.Conversation()
            .Send("ип")
            .AssertReply(reply => Assert.Equal(Text(TextKeys.Clarify), reply.Text))
            .PressPayload(Payloads.NoneOfThese)
            .StartTestAsync();

        Assert.Contains(Inbox.Items(), i => i.Signal == InboxSignal.NoneOfThese && i.Text == "ип");
    }

    [Fact]
    public async Task ForgetErasesTheQuestionsAConversationSentToTheInbox()
    {
        await _bot.Conversation()
            .Send("посоветуйте породу собаки для квартиры")
            .AssertMainMenu(TextKeys.OutOfScope, Language.Ru)
            .Send("/forget")
            .AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru)
            .Press(Text(TextKeys.ButtonYes))
            .StartTestAsync();

        Assert.Empty(Inbox.Items());
    }
}
