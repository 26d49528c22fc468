using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;
using ChatBot.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// The demo page under its Content-Security-Policy and the widget's stream under its one-minute tickets, in Debian's
/// Chromium: nothing is blocked, and a stream refused for an expired ticket comes back with a new one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetPolicyBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    [BrowserFact]
    public async Task TheDemoPageAndTheWidgetRunUnderThePolicyWithNothingBlocked()
    {
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        var page = widget.Page;
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);

        await widget.OpenAsync();
        await widget.AskAsync("как открыть ИП?");
        await Expect(widget.BotMessages.Nth(1)).ToBeVisibleAsync();

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__violations"));
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));

        // The page's own hashed style and the widget's constructed one both apply.
        Assert.Equal("rgb(11, 61, 110)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('header')).backgroundColor"));
        Assert.Equal("fixed", await widget.Launcher.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        Assert.Equal("rgb(11, 92, 173)", await widget.Launcher.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var path = Path.Combine(BrowserFixture.Screenshots, "demo-page-under-policy.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine("screenshot: " + path);
    }

    [BrowserFact]
    public async Task AStreamRefusedForItsTicketComesBackWithANewOneAndMissesNothing()
    {
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        var page = widget.Page;
        var tickets = 0;
        var refused = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/events/ticket", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref tickets);
            }
        };

        // The first stream is refused as the service refuses an expired ticket; EventSource gives up on a 401.
        await page.RouteAsync("**/events?ticket=*", async route =>
        {
            if (Interlocked.Increment(ref refused) == 1)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 401,
                    ContentType = "application/problem+json",
                    Body = """{"title":"Unauthorized","status":401,"detail":"the ticket has expired or is not valid"}""",
                });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await widget.OpenAsync();
        new OperatorDesk(fixture.Service.Service<IConversationStore>(), fixture.Service.Service<IConversationNotifier>(), TimeProvider.System)
            .Say(await widget.ConversationIdAsync(), "Консультант на связи");

        await Expect(widget.OperatorMessages.Locator("p")).ToHaveTextAsync("Консультант на связи");
        Assert.True(tickets >= 2, $"the widget asked for {tickets} ticket(s); after the refusal it needs a new one");
        Assert.True(refused >= 2, "the widget did not open a second stream");
    }
}
