using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
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
    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    [BrowserFact]
    public async Task AVisitorAsksForAPersonTheOperatorTakesItRepliesLiveAndGivesItBackToTheBot()
    {
        ConsolePage.AddAccount(fixture, "browser-aigerim", OperatorRoles.Operator);

        // The operator signs in first and watches the queue.
        var console = await ConsolePage.SignInAsync(fixture, "browser-aigerim", width: 420);
        await Expect(console.Locator("#queue-title")).ToBeVisibleAsync();

        // The visitor asks for a person with the operator button under the greeting.
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.AskAsync("Как сдать помещение акимата в субаренду?");
        await Expect(widget.BotMessages.Nth(1)).ToBeVisibleAsync();
        await widget.QuickReply(Text(TextKeys.ButtonOperator)).Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.HandoffQueued).Split('.')[0]);
        var id = "web:" + await widget.ConversationIdAsync();

        // It appears in the console without a reload, with the visitor's question.
        var item = console.Locator($"#queue .queue-item[data-id='{id}']");
        await Expect(item).ToContainTextAsync("Как сдать помещение акимата в субаренду?");
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
        await Screenshot.SaveAsync(console, "operator-console-narrow.png", output, fullPage: false);

        // Given back: the visitor is told, and the bot answers the next question.
        await console.GetByRole(AriaRole.Button, new() { Name = "Вернуть боту" }).ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.HandoffReleased));
        await widget.AskAsync("как открыть ИП?");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru)));
    }

    [BrowserFact]
    public async Task AWrongPasswordShowsTheOneRefusalThatAlsoTellsOfTheLock()
    {
        ConsolePage.AddAccount(fixture, "browser-daulet", OperatorRoles.Operator);
        var console = await fixture.NewPageAsync();
        await console.GotoAsync("/operator");

        await ConsolePage.SubmitAsync(console, "browser-daulet", "not-the-password");

        await Expect(console.Locator("#login-error")).ToContainTextAsync("Неверный логин или пароль");
        await Expect(console.Locator("#login-error")).ToContainTextAsync("закрыт на 15 минут");
    }

    [BrowserFact]
    public async Task An_operator_switches_the_console_to_kazakh_and_finds_it_in_kazakh_at_the_next_sign_in()
    {
        string Kk(string key) => Knowledge.Texts.Get("console_" + key, Language.Kk);
        ConsolePage.AddAccount(fixture, "browser-aliya", OperatorRoles.Operator);
        var console = await ConsolePage.SignInAsync(fixture, "browser-aliya");
        await Expect(console.Locator("#queue-title")).ToHaveTextAsync(Knowledge.Texts.Get("console_queue", Language.Ru));

        await console.Locator("#language").SelectOptionAsync("kk");
        await Expect(console.Locator("#queue-title")).ToHaveTextAsync(Kk("queue"));
        await Expect(console.Locator("#logout")).ToHaveTextAsync(Kk("logout"));
        await Expect(console.Locator("html")).ToHaveAttributeAsync("lang", "kk");

        // A visitor asks for a person with the button: the transcript names the button as the visitor saw it.
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.AskAsync("Как сдать помещение акимата в субаренду?");
        await Expect(widget.BotMessages.Nth(1)).ToBeVisibleAsync();
        await widget.QuickReply(Text(TextKeys.ButtonOperator)).Last.ClickAsync();
        var id = "web:" + await widget.ConversationIdAsync();
        var item = console.Locator($"#queue .queue-item[data-id='{id}']");
        await Expect(item).ToContainTextAsync(Kk("reason_user_asked"));
        await item.ClickAsync();
        await Expect(console.Locator("#take")).ToHaveTextAsync(Kk("take"));
        var pressed = console.Locator("#transcript .msg.user").Last;
        await Expect(pressed).ToContainTextAsync(Kk("pressed") + " " + Text(TextKeys.ButtonOperator));
        await Expect(pressed).Not.ToContainTextAsync("intent:");
        await Expect(console.Locator("#transcript .msg.user .who").First).ToContainTextAsync(Kk("from_user"));
        await Screenshot.SaveAsync(console, "operator-console-kazakh.png", output, fullPage: false);

        // Another computer, nothing remembered in its browser: the account brings its language along.
        var elsewhere = await ConsolePage.SignInAsync(fixture, "browser-aliya");
        await Expect(elsewhere.Locator("#queue-title")).ToHaveTextAsync(Kk("queue"));
        await Expect(elsewhere.Locator("#logout")).ToHaveTextAsync(Kk("logout"));
    }
}
