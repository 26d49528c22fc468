using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Core.Knowledge;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>The widget's <c>data-source</c> on a portal page, carried with its requests into the conversation's session.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrafficSourceBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task TheDataSourceOfTheWidgetsScriptTagIsTheSourceOfTheVisitorsSession()
    {
        var page = await fixture.NewPageAsync(1280, 800);

        // A portal page on the service's origin that embeds the widget with a source, as the embedding note says.
        await page.RouteAsync("**/portal/tax-page.html", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = "<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>Налоги</title></head>" +
                   "<body><h1>Налоги для ИП</h1><script src='/widget.js' data-lang='ru' data-source='tax-page' defer></script></body></html>",
        }));
        var widget = new WidgetPage(page, fixture.Service.Service<KnowledgeBase>().Texts);

        await widget.OpenAsync("/portal/tax-page.html");
        await widget.AskAsync("как открыть ИП?");
        await Expect(widget.BotMessages.Nth(1)).ToBeVisibleAsync();

        var conversation = fixture.Service.Service<IConversationStore>().Find(ConversationIds.Of(Channels.Web, await widget.ConversationIdAsync()))!;
        Assert.Equal(("tax-page", "tax-page"), (conversation.Source, conversation.Session?.Source));
        Assert.Equal(2, conversation.Session!.Messages);
    }
}
