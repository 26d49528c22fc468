using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// Both sides of a handoff at once, in two browser contexts of Debian's Chromium: a visitor in the widget and an
/// operator in the console at /operator.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperatorConsoleBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Password = "correct-horse-7";

    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    [BrowserFact]
    public async Task AVisitorAsksForAPersonTheOperatorTakesItRepliesLiveAndGivesItBackToTheBot()
    {
        fixture.Service.Service<OperatorAccounts>().Add("browser-aigerim", OperatorRoles.Operator, Password, DateTimeOffset.UtcNow);

        // The operator signs in first and watches the queue.
        var console = await fixture.NewPageAsync(420, 800);
        await console.GotoAsync("/operator");
        await console.Locator("#login").FillAsync("browser-aigerim");
        await console.Locator("#password").FillAsync(Password);
        await console.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(console.Locator("#queue-title")).ToBeVisibleAsync();

        // The visitor asks for a person with the operator button under the greeting.
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.AskAsync("Нужна консультация по аренде помещения у акимата");
        await Expect(widget.BotMessages.Nth(1)).ToBeVisibleAsync();
        await widget.QuickReply(Text(TextKeys.ButtonOperator)).Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.HandoffQueued).Split('.')[0]);
        var id = "web:" + await widget.ConversationIdAsync();

        // It appears in the console without a reload, with the visitor's question.
        var item = console.Locator($"#queue .queue-item[data-id='{id}']");
        await Expect(item).ToContainTextAsync("Нужна консультация по аренде помещения у акимата");
        await item.ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Взять" }).ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.HandoffClaimed));

        // The visitor writes; the bot stays silent and the console shows the message live.
        await widget.AskAsync("Какие документы нужны?");
        await Expect(console.Locator("#transcript .msg.user").Last).ToContainTextAsync("Какие документы нужны?");
        await console.Locator("#reply").FillAsync("Здравствуйте! Я консультант Айгерим. Нужен договор и справка.");
        await console.Locator("#reply").PressAsync("Enter");
        await Expect(widget.OperatorMessages.Last).ToContainTextAsync("Здравствуйте! Я консультант Айгерим. Нужен договор и справка.");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.HandoffClaimed));
        await ScreenshotAsync(console, "operator-console-narrow.png");

        // Given back: the visitor is told, and the bot answers the next question.
        await console.GetByRole(AriaRole.Button, new() { Name = "Вернуть боту" }).ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.HandoffReleased));
        await widget.AskAsync("как открыть ИП?");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru)));
    }

    [BrowserFact]
    public async Task AWrongPasswordShowsTheOneRefusalThatAlsoTellsOfTheLock()
    {
        fixture.Service.Service<OperatorAccounts>().Add("browser-daulet", OperatorRoles.Operator, Password, DateTimeOffset.UtcNow);
        var console = await fixture.NewPageAsync();
        await console.GotoAsync("/operator");
        await console.Locator("#login").FillAsync("browser-daulet");
        await console.Locator("#password").FillAsync("not-the-password");

        await console.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();

        await Expect(console.Locator("#login-error")).ToContainTextAsync("Неверный логин или пароль");
        await Expect(console.Locator("#login-error")).ToContainTextAsync("закрыт на 15 минут");
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var path = Path.Combine(BrowserFixture.Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine("screenshot: " + path);
    }
}
