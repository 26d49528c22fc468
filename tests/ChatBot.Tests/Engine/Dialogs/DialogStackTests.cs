using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Engine.Dialogs;

/// <summary>
/// The dialog stack: the /forget confirmation over a survey. Something else written while both are open is answered
/// aside, the confirmation lapses, and the survey's question is asked again; the answer to the top frame closes only it.
/// </summary>
public sealed class DialogStackTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task NewsTypedOverTheForgetConfirmationLetsItLapseAndResumesTheSurvey()
    {
        await InsideTheSurveyWithTheForgetConfirmationAsked()
            .Send("подписаться").AssertText(CampaignTextKeys.NewsSubscribed, Language.Ru)
            .AssertText(FlowTextKeys.BackToStep, Language.Ru).AssertReplyStartsWith(Asked("sector", 1, 11, Language.Ru))
            .AssertNoMoreReplies()
            .StartTestAsync();

        OnlyTheSurveyIsOpenAtItsFirstStep();
    }

    [Fact]
    public async Task DecliningTheForgetConfirmationClosesOnlyItAndTheSurveyWaitsWhereItWas()
    {
        await InsideTheSurveyWithTheForgetConfirmationAsked()
            .Send("нет").AssertText(TextKeys.ForgetCancelled, Language.Ru)
            .AssertNoMoreReplies()
            .StartTestAsync();

        OnlyTheSurveyIsOpenAtItsFirstStep();
    }

    [Fact]
    public async Task AQuestionTypedOverTheForgetConfirmationInsideTheSurveyIsAnsweredThenTheSurveyGoesOn()
    {
        await InsideTheSurveyWithTheForgetConfirmationAsked()
            .Send("как открыть ИП?").AssertAnswer("register_sole_proprietor", Language.Ru)
            .AssertText(FlowTextKeys.BackToStep, Language.Ru).AssertReplyStartsWith(Asked("sector", 1, 11, Language.Ru))
            .AssertNoMoreReplies()
            .StartTestAsync();

        OnlyTheSurveyIsOpenAtItsFirstStep();
    }

    private TestFlow InsideTheSurveyWithTheForgetConfirmationAsked() => _bot.Conversation()
        .Send("/start survey").AssertReply(Opening(Language.Ru)).AssertReplyStartsWith(Asked("sector", 1, 11, Language.Ru))
        .Send("/forget").AssertText(TextKeys.ForgetConfirmPrompt, Language.Ru);

    private void OnlyTheSurveyIsOpenAtItsFirstStep()
    {
        var stored = _bot.Store.Find("test:user-1")!;
        Assert.Equal(PendingQuestion.None, stored.Pending);
        Assert.Equal("sector", stored.Flow!.StepId);
    }
}
