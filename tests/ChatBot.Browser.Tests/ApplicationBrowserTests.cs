using ChatBot.Core.Applications;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>A visitor submits an application in the widget; a consultant finds it in the console, answers it, and the visitor reads the answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Answer = "Досрочно расторгнуть можно только по условиям договора; пришлите его, разберём пункт о сроке.";

    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    [BrowserFact]
    public async Task AConsultantAnswersAnApplicationInTheConsoleAndTheVisitorReadsTheAnswer()
    {
        ConsolePage.AddAccount(fixture, "browser-consultant", OperatorRoles.Operator);
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.AskAsync("нужна консультация юриста");
        await Expect(widget.BotMessages.Last).ToContainTextAsync("1 / 6");
        await widget.QuickReply("Юридическая консультация").Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync("2 / 6");
        await widget.AskAsync("Арендодатель хочет досрочно расторгнуть договор аренды, что делать?");
        await Expect(widget.BotMessages.Last).ToContainTextAsync("3 / 6");
        await widget.QuickReply(Text(TextKeys.ButtonYes)).Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync("4 / 6");
        await widget.AskAsync("Айгерим Серикова");
        await Expect(widget.BotMessages.Last).ToContainTextAsync("5 / 6");
        await widget.QuickReply("Сообщением сюда").Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync("6 / 6");
        await widget.QuickReply(Text(TextKeys.ButtonYes)).Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync("A-2026-");
        var number = ApplicationNumber.Find(await widget.BotMessages.Last.InnerTextAsync())!;

        var console = await ConsolePage.SignInAsync(fixture, "browser-consultant", width: 1100, height: 900);
        var row = console.Locator($"#app-list tr[data-id='{number}']");
        await Expect(row).ToContainTextAsync(Knowledge.Texts.Get("console_app_status_new", Language.Ru));
        await row.ClickAsync();
        await Expect(console.Locator("#app-description")).ToContainTextAsync("Арендодатель хочет досрочно расторгнуть договор аренды");
        await console.Locator("#app-take").ClickAsync();
        await Expect(row).ToContainTextAsync("browser-consultant");
        await console.Locator("#app-reply").FillAsync(Answer);
        await console.Locator("#app-send").ClickAsync();
        await Expect(console.Locator("#app-head")).ToContainTextAsync(Knowledge.Texts.Get("console_app_status_answered", Language.Ru));
        await Expect(console.Locator("#app-history li").Last).ToContainTextAsync(Answer);
        await Screenshot.SaveAsync(console, "application-console.png", output);

        // The visitor's open widget shows the answer and the one-tap rating.
        await Expect(widget.BotMessages.Filter(new() { HasText = Answer })).ToHaveCountAsync(1);
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Knowledge.Texts.Format(ApplicationTextKeys.RateQuestion, Language.Ru, ("number", number)));
        await widget.QuickReply("5").Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(ApplicationTextKeys.RateThanks));
    }
}
