using ChatBot.Core.Campaigns;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>A visitor subscribes in the widget, an admin opens the survey, the invitation appears live and starts it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CampaignBrowserTests(BrowserFixture fixture)
{
    private const string Survey = "business_climate_survey";

    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    [BrowserFact]
    public async Task TheInvitationAppearsInTheOpenWidgetAndItsButtonStartsTheSurvey()
    {
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.AskAsync("подписаться");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(CampaignTextKeys.NewsSubscribed));

        // The current period stays open afterwards, as it is when no campaign was ever configured: other tests are unaffected.
        var opened = fixture.Service.Service<CampaignDesk>().Open(Survey, null, "admin");
        Assert.Equal(1, opened.Invitations!.Invited);

        var survey = fixture.Service.Service<ChatBot.Host.Composition.BotRuntime>().Flows.Catalog.Find(Survey)!;
        var invitation = Knowledge.Texts.Format(CampaignTextKeys.Invitation, Language.Ru, ("survey", survey.Title.In(Language.Ru)), ("period", opened.Status!.Period));
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(invitation));
        await widget.QuickReply(Text(CampaignTextKeys.ButtonStartSurvey)).Last.ClickAsync();

        // Both replies of the press: the survey's opening and its first question with the answer buttons.
        await Expect(widget.BotMessages.Last).ToContainTextAsync("1 / 15");
        await Expect(widget.BotMessages.Nth(await widget.BotMessages.CountAsync() - 2)).ToContainTextAsync(WidgetPage.FirstLine(survey.Title.In(Language.Ru)));
        await Expect(widget.QuickReply(survey.Step("sector")!.Options[0].Label.In(Language.Ru))).ToBeVisibleAsync();
    }
}
