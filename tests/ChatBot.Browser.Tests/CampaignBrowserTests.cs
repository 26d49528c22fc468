using ChatBot.Core.Campaigns;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Host.Composition;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// A visitor subscribes in the widget; an admin opens the survey on the console's admin page; the invitation appears
/// live in the widget and its button starts the survey.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CampaignBrowserTests(BrowserFixture fixture)
{
    private const string Survey = "business_climate_survey";

    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    [BrowserFact]
    public async Task AnAdminOpensTheSurveyOnTheConsoleAndTheInvitationStartsItInTheOpenWidget()
    {
        var survey = fixture.Service.Service<BotRuntime>().Flows.Catalog.Find(Survey)!;
        ConsolePage.AddAccount(fixture, "browser-admin", OperatorRoles.Admin);

        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.SubscribeToNewsAsync();

        // The admin opens the current period (the prompt's default). It stays open afterwards, as a survey without
        // campaigns is: the other browser tests see no difference.
        var console = await ConsolePage.SignInAsync(fixture, "browser-admin");
        console.Dialog += async (_, dialog) => await dialog.AcceptAsync(dialog.DefaultValue);
        var row = console.Locator($"#campaigns tr[data-survey='{Survey}']");
        await Expect(row).ToContainTextAsync("открыт (без кампаний)");
        await row.GetByRole(AriaRole.Button, new() { Name = "Открыть и пригласить" }).ClickAsync();
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("открыт");
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("1");

        var period = await row.Locator("td").Nth(2).InnerTextAsync();
        var invitation = Knowledge.Texts.Format(CampaignTextKeys.Invitation, Language.Ru, ("survey", survey.Title.In(Language.Ru)), ("period", period));
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(invitation));
        await widget.QuickReply(Text(CampaignTextKeys.ButtonStartSurvey)).Last.ClickAsync();

        // Both replies of the press: the survey's opening and its first question with the answer buttons.
        await Expect(widget.BotMessages.Last).ToContainTextAsync("1 / 11");
        await Expect(widget.BotMessages.Nth(await widget.BotMessages.CountAsync() - 2)).ToContainTextAsync(WidgetPage.FirstLine(survey.Title.In(Language.Ru)));
        await Expect(widget.QuickReply(survey.Step("sector")!.Options[0].Label.In(Language.Ru))).ToBeVisibleAsync();
    }
}
