using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>The widget in Debian's Chromium against the real service on 127.0.0.1, as a visitor of the portal uses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    [BrowserFact]
    public async Task ANewVisitorAsksAnFaqGetsTheShortAnswerWithPodrobneeAndTheFullAnswerWithItsLinksAfterAClick()
    {
        var widget = await NewWidgetAsync();
        var intent = Knowledge.Find("register_sole_proprietor")!;

        await widget.OpenAsync();
        await widget.AskAsync("как открыть ИП?");

        await Expect(widget.UserMessages.Last).ToContainTextAsync("как открыть ИП?");
        var brief = widget.BotMessages.Nth(1);
        await Expect(brief).ToContainTextAsync(intent.Short!.Ru);
        await Expect(brief.Locator("a")).ToHaveCountAsync(0);
        var more = widget.QuickReply(widget.Text(TextKeys.ButtonMore, Language.Ru));
        await Expect(more).ToBeVisibleAsync();
        await ScreenshotAsync(widget, "widget-short-answer.png");

        await more.ClickAsync();

        var full = widget.BotMessages.Nth(2);
        await Expect(full).ToContainTextAsync(WidgetPage.FirstLine(intent.Answer!.Ru));
        var link = full.Locator("a").First;
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Expect(link).ToHaveAttributeAsync("href", intent.Links[0].Url);
        await ScreenshotAsync(widget, "widget-desktop.png");
    }

    [BrowserFact]
    public async Task OnAPhoneTheShortAnswerWithItsButtonsFitsOnOneScreenOfTheChat()
    {
        var widget = await NewWidgetAsync(390, 844);
        await widget.OpenAsync();

        await widget.AskAsync("как открыть ИП?");

        var brief = widget.BotMessages.Nth(1);
        await Expect(brief).ToContainTextAsync(Knowledge.Find("register_sole_proprietor")!.Short!.Ru);
        await ScreenshotAsync(widget, "widget-phone-short-answer.png");
        var message = (await brief.BoundingBoxAsync())!;
        var log = (await widget.Page.Locator("[data-chatbot-widget] [role=log]").BoundingBoxAsync())!;
        Assert.True(message.Height < log.Height, $"the short answer with its buttons is {message.Height}px high; the chat shows {log.Height}px");
    }

    [BrowserFact]
    public async Task ATypingIndicatorShowsWhileTheBotIsAnswering()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();
        var release = new TaskCompletionSource();
        await widget.Page.RouteAsync("**/messages", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        var typing = widget.Page.Locator("[data-chatbot-widget] .typing");

        await widget.AskAsync("как открыть ИП?");

        await Expect(typing).ToBeVisibleAsync();
        await Expect(typing).ToContainTextAsync(widget.Text("widget_typing", Language.Ru));
        release.SetResult();
        await Expect(widget.BotMessages.Nth(1)).ToContainTextAsync(AnswerStart("register_sole_proprietor", Language.Ru));
        await Expect(typing).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task AQuickReplyButtonIsAnsweredAndShownAsTheVisitorsChoice()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();
        var allTopics = widget.Text(TextKeys.ButtonTopics, Language.Ru);
        await widget.QuickReply(allTopics).ClickAsync();
        await Expect(widget.UserMessages.Last).ToContainTextAsync(allTopics);
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(TextKeys.TopicsTitle, Language.Ru));
        var category = widget.Text(TextKeys.CategoryPrefix + Knowledge.Categories[0], Language.Ru);

        await widget.QuickReply(category).ClickAsync();

        await Expect(widget.UserMessages.Last).ToContainTextAsync(category);
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(TextKeys.CategoryPick, Language.Ru));
        var topic = Knowledge.InCategory(Knowledge.Categories[0]).First();
        await widget.QuickReply(topic.Title.In(Language.Ru)).ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(AnswerStart(topic.Id, Language.Ru));
    }

    [BrowserFact]
    public async Task SwitchingToKazakhRelabelsTheWidgetAndTheBotAnswersInKazakh()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();

        await widget.Page.GetByRole(AriaRole.Button, new() { Name = "Қазақша" }).ClickAsync();

        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(TextKeys.LanguageSwitched, Language.Kk));
        await Expect(widget.Input).ToHaveAttributeAsync("placeholder", widget.Text("widget_placeholder", Language.Kk));
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-label", widget.Text("widget_open", Language.Kk));
        await Expect(widget.Page.GetByRole(AriaRole.Button, new() { Name = "Қазақша" })).ToHaveAttributeAsync("aria-pressed", "true");
        await widget.AskAsync("ЖК қалай ашамын");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(AnswerStart("register_sole_proprietor", Language.Kk));
        await ScreenshotAsync(widget, "widget-kazakh.png");
    }

    [BrowserFact]
    public async Task AReloadShowsTheConversationAgainAndItGoesOn()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();
        await widget.AskAsync("как открыть ИП?");
        await Expect(widget.BotMessages.Nth(1)).ToContainTextAsync(AnswerStart("register_sole_proprietor", Language.Ru));

        await widget.Page.ReloadAsync();

        await Expect(widget.Panel).ToBeVisibleAsync();
        await Expect(widget.Messages).ToHaveCountAsync(3);
        await Expect(widget.UserMessages.First).ToContainTextAsync("как открыть ИП?");
        await Expect(widget.BotMessages.Nth(1)).ToContainTextAsync(AnswerStart("register_sole_proprietor", Language.Ru));
        await widget.AskAsync("спасибо");
        await Expect(widget.BotMessages.Nth(2)).ToContainTextAsync(widget.Text(TextKeys.ThanksReply, Language.Ru));
    }

    [BrowserFact]
    public async Task MarkupInAMessageIsShownLiterallyAndNeverRun()
    {
        var widget = await NewWidgetAsync();
        var dialogs = 0;
        widget.Page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await widget.OpenAsync();

        await widget.AskAsync("<img src=x onerror=alert(1)>");

        await Expect(widget.UserMessages.Last.Locator("p")).ToHaveTextAsync("<img src=x onerror=alert(1)>");
        await Expect(widget.BotMessages.Nth(1)).ToBeVisibleAsync();
        await Expect(widget.Page.Locator("[data-chatbot-widget] .msg img")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }

    [BrowserFact]
    public async Task AnOperatorsMessageAppearsLiveInTheOpenWidgetAsText()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();
        var chatId = await widget.ConversationIdAsync();
        var desk = new OperatorDesk(
            fixture.Service.Service<IConversationStore>(), fixture.Service.Service<IConversationNotifier>(), TimeProvider.System);

        desk.Say(chatId, "<b>Айгерим</b>, консультант: чем помочь?");

        await Expect(widget.OperatorMessages.Locator("p")).ToHaveTextAsync("<b>Айгерим</b>, консультант: чем помочь?");
        await Expect(widget.OperatorMessages).ToContainTextAsync(widget.Text("widget_operator", Language.Ru));
        await Expect(widget.OperatorMessages.Locator("b")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task AMessageThatArrivesWhileTheChatIsClosedMarksTheLauncherUntilItIsOpened()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();
        var chatId = await widget.ConversationIdAsync();
        await widget.Page.Keyboard.PressAsync("Escape");
        await Expect(widget.Panel).ToBeHiddenAsync();

        new OperatorDesk(fixture.Service.Service<IConversationStore>(), fixture.Service.Service<IConversationNotifier>(), TimeProvider.System)
            .Say(chatId, "Ответ консультанта, пока чат был закрыт");

        var unread = widget.Text("widget_open", Language.Ru) + ". " + widget.Text("widget_unread", Language.Ru);
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-label", unread);
        await Expect(widget.Launcher).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("unread"));
        await widget.Launcher.ClickAsync();
        await Expect(widget.OperatorMessages.Locator("p")).ToHaveTextAsync("Ответ консультанта, пока чат был закрыт");
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-label", widget.Text("widget_open", Language.Ru));
    }

    [BrowserFact]
    public async Task OnAPhoneTheChatFillsTheScreenAndWorksWithTheKeyboardAlone()
    {
        var widget = await NewWidgetAsync(width: 360, height: 740);
        var page = widget.Page;
        await page.GotoAsync("/");

        for (var presses = 0; presses < 20 && !await LauncherHasFocusAsync(page); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await LauncherHasFocusAsync(page), "Tab never reached the chat launcher");
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Panel).ToBeVisibleAsync();
        await Expect(widget.Input).ToBeFocusedAsync();
        await Expect(widget.BotMessages.First).ToBeVisibleAsync();
        await page.Keyboard.TypeAsync("как открыть ИП?");
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.BotMessages.Nth(1)).ToContainTextAsync(AnswerStart("register_sole_proprietor", Language.Ru));

        var box = (await widget.Panel.BoundingBoxAsync())!;
        Assert.Equal((0f, 0f, 360f, 740f), ((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height));
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"the page scrolls sideways: {scrollWidth} px wide");
        await ScreenshotAsync(widget, "widget-360px.png");

        await page.Keyboard.PressAsync("Escape");
        await Expect(widget.Panel).ToBeHiddenAsync();
        Assert.True(await LauncherHasFocusAsync(page), "Esc did not return the focus to the launcher");
    }

    [BrowserFact]
    public async Task EveryControlHasANameForScreenReaders()
    {
        var widget = await NewWidgetAsync();
        await widget.OpenAsync();

        var unnamed = await widget.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelector('[data-chatbot-widget]').shadowRoot.querySelectorAll('button, textarea, a, [role=dialog], [role=log], [role=group]')]
                .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length))
                .map(e => e.outerHTML.slice(0, 80))
            """);

        Assert.Empty(unnamed);
        await Expect(widget.Page.Locator("[data-chatbot-widget] [role=log]")).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(widget.Input).ToHaveAttributeAsync("maxlength", "4000");
    }

    private async Task<WidgetPage> NewWidgetAsync(int width = 1280, int height = 800) =>
        new(await fixture.NewPageAsync(width, height), Knowledge.Texts);

    private string AnswerStart(string intentId, Language language) =>
        WidgetPage.FirstLine(Knowledge.Find(intentId)!.FirstAnswer!.In(language));

    private static Task<bool> LauncherHasFocusAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => document.activeElement?.hasAttribute('data-chatbot-widget') && document.activeElement.shadowRoot.activeElement?.classList.contains('launcher')");

    private async Task ScreenshotAsync(WidgetPage widget, string name)
    {
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var path = Path.Combine(BrowserFixture.Screenshots, name);
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine("screenshot: " + path);
    }
}
