using ChatBot.Core.Campaigns;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>The demo page and its widget as a visitor sees them; Playwright's locators reach into the widget's shadow DOM.</summary>
public sealed class WidgetPage(IPage page, TextCatalog texts)
{
    public IPage Page => page;

    public ILocator Launcher => page.Locator("[data-chatbot-widget] .launcher");

    public ILocator Panel => page.GetByRole(AriaRole.Dialog);

    public ILocator Input => page.Locator("[data-chatbot-widget] textarea");

    public ILocator Messages => page.Locator("[data-chatbot-widget] .msg");

    public ILocator BotMessages => page.Locator("[data-chatbot-widget] .msg.bot");

    public ILocator UserMessages => page.Locator("[data-chatbot-widget] .msg.user");

    public ILocator OperatorMessages => page.Locator("[data-chatbot-widget] .msg.operator");

    public string Text(string key, Language language) => texts.Get(key, language).Trim();

    /// <summary>Opens the demo page (or another page of the service's origin), then the chat by its launcher, and waits for the greeting.</summary>
    public async Task OpenAsync(string path = "/")
    {
        await page.GotoAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = Text("widget_open", Language.Ru) }).ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
        await Expect(BotMessages.First).ToContainTextAsync(FirstLine(Text(TextKeys.Greeting, Language.Ru)));
    }

    public async Task AskAsync(string text)
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
    }

    /// <summary>Subscribes the visitor to the news in Russian, as announcements and survey invitations need, and waits for the confirmation.</summary>
    public async Task SubscribeToNewsAsync()
    {
        await AskAsync("подписаться");
        await Expect(BotMessages.Last).ToContainTextAsync(Text(CampaignTextKeys.NewsSubscribed, Language.Ru));
    }

    public ILocator QuickReply(string title) => page.Locator("[data-chatbot-widget] .quick button", new() { HasTextString = title });

    /// <summary>The conversation id the widget keeps in the browser's storage.</summary>
    public async Task<string> ConversationIdAsync() =>
        await page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('chatbot-widget:' + location.origin)).id");

    public static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim();
}
