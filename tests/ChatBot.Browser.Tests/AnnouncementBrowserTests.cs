using ChatBot.Core.Campaigns;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// An admin writes an announcement on the console's admin page, previews it as Telegram and the widget show it, and
/// sends it; a visitor subscribed in the widget receives it live and unsubscribes with the button under it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnouncementBrowserTests(BrowserFixture fixture)
{
    private const string Ru = "Семинар по новому Налоговому кодексу — 15 декабря в Палате.";
    private const string Kk = "Жаңа Салық кодексі бойынша семинар — 15 желтоқсанда Палатада.";

    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    [BrowserFact]
    public async Task AnAdminPreviewsAndSendsAnAnnouncementThatTheOpenWidgetShowsWithItsUnsubscribeButton()
    {
        ConsolePage.AddAccount(fixture, "announcing-admin", OperatorRoles.Admin);
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.SubscribeToNewsAsync();

        var console = await ConsolePage.SignInAsync(fixture, "announcing-admin", width: 1100, height: 1500);
        await console.GetByLabel("Текст на русском").FillAsync(Ru);
        await console.GetByLabel("Текст на казахском").FillAsync(Kk);
        foreach (var other in new[] { "Обучение", "Программы поддержки", "Опросы" })
        {
            await console.Locator("#announcement-topics").GetByLabel(other).UncheckAsync();
        }

        await console.GetByRole(AriaRole.Button, new() { Name = "Предпросмотр" }).First.ClickAsync();
        var previews = console.Locator("#announcement-previews figure");
        await Expect(previews).ToHaveCountAsync(4);
        await Expect(previews.Nth(0)).ToContainTextAsync("Так в Telegram · ru");
        await Expect(previews.Nth(0)).ToContainTextAsync(Ru);
        await Expect(previews.Nth(0)).ToContainTextAsync(Text(CampaignTextKeys.ButtonUnsubscribe));
        await Expect(previews.Nth(3)).ToContainTextAsync("Так в виджете · kk");
        await Expect(previews.Nth(3)).ToContainTextAsync(Kk);

        await console.GetByRole(AriaRole.Button, new() { Name = "Сохранить черновик" }).ClickAsync();
        var row = console.Locator("#announcements tr", new() { HasTextString = Ru });
        await Expect(row).ToContainTextAsync("черновик");
        await row.GetByRole(AriaRole.Button, new() { Name = "Отправить" }).ClickAsync();
        await Expect(row).ToContainTextAsync("отправлена");
        await Expect(row.Locator(".figures")).ToContainTextAsync("в очереди 0");

        await Expect(widget.BotMessages.Last).ToContainTextAsync(Ru);
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "console-announcements.png"), FullPage = true });
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "widget-announcement.png") });

        await widget.QuickReply(Text(CampaignTextKeys.ButtonUnsubscribe)).Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(Text(CampaignTextKeys.NewsUnsubscribed)));
    }
}
