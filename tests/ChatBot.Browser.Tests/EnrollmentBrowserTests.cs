using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>A visitor of the portal finds a training in the widget, enrolls and downloads the calendar file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EnrollmentBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    [BrowserFact]
    public async Task AVisitorEnrollsInAWebinarAndDownloadsTheCalendarFile()
    {
        var widget = new WidgetPage(await fixture.NewPageAsync(1280, 900), Knowledge.Texts);
        await widget.OpenAsync();

        await widget.AskAsync("хочу записаться на вебинар");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(EnrollmentTextKeys.ListTitle, Language.Ru));
        await widget.QuickReply("Упрощённая декларация").ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(EnrollmentTextKeys.WhereOnlineHidden, Language.Ru));
        await Choose(widget, widget.Text(EnrollmentTextKeys.ButtonEnroll, Language.Ru));
        await Expect(widget.BotMessages.Last).ToContainTextAsync("1 / 7");
        await Choose(widget, widget.Text(TextKeys.ButtonYes, Language.Ru));
        await Answer(widget, "Айгерим Серикова", "3 / 7");
        await Answer(widget, "+7 701 123 45 67", "4 / 7");
        await Answer(widget, "061211600012", "5 / 7");
        await Choose(widget, widget.Text(FlowTextKeys.ButtonSkip, Language.Ru));
        await Choose(widget, "Торговля");
        await Expect(widget.BotMessages.Last).ToContainTextAsync("Айгерим Серикова");
        await Choose(widget, widget.Text(TextKeys.ButtonYes, Language.Ru));

        var confirmation = widget.BotMessages.Last;
        await Expect(confirmation).ToContainTextAsync("Готово!");
        var file = confirmation.Locator("a.file");
        await Expect(file).ToHaveAttributeAsync("download", "simplified-tax-webinar.ics");
        await Expect(file).ToContainTextAsync(widget.Text("widget_download", Language.Ru));
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "widget-enrolled.png") });

        var download = await widget.Page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        var path = await download.PathAsync();
        var ics = await File.ReadAllTextAsync(path!);
        output.WriteLine(ics);
        Assert.Equal("simplified-tax-webinar.ics", download.SuggestedFilename);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:", ics, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task AVisitorEnrollsInKazakhAndGetsTheKazakhConfirmationWithTheCalendarFile()
    {
        const Language Kk = Language.Kk;
        var widget = new WidgetPage(await fixture.NewPageAsync(1280, 900), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.Page.GetByRole(AriaRole.Button, new() { Name = "Қазақша" }).ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(TextKeys.LanguageSwitched, Kk));

        await widget.AskAsync("вебинарға жазылғым келеді");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(EnrollmentTextKeys.ListTitle, Kk));
        await widget.QuickReply("Оңайлатылған декларация").ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(widget.Text(EnrollmentTextKeys.WhereOnlineHidden, Kk));
        await Choose(widget, widget.Text(EnrollmentTextKeys.ButtonEnroll, Kk));
        await Expect(widget.BotMessages.Last).ToContainTextAsync("1 / 7");
        await Choose(widget, widget.Text(TextKeys.ButtonYes, Kk));
        await Answer(widget, "Айгерім Серікова", "3 / 7");
        await Answer(widget, "+7 701 123 45 67", "4 / 7");
        await Answer(widget, "061211600012", "5 / 7");
        await Choose(widget, widget.Text(FlowTextKeys.ButtonSkip, Kk));
        await Choose(widget, "Сауда");
        await Expect(widget.BotMessages.Last).ToContainTextAsync("Айгерім Серікова");
        await Choose(widget, widget.Text(TextKeys.ButtonYes, Kk));

        var confirmation = widget.BotMessages.Last;
        var title = "Оңайлатылған декларация: 910 нысанын қалай тапсыру керек";
        var firstLine = WidgetPage.FirstLine(Knowledge.Texts.Format(EnrollmentTextKeys.Confirmed, Kk, ("title", title)));
        await Expect(confirmation).ToContainTextAsync(firstLine);
        await Expect(confirmation).Not.ToContainTextAsync("Готово!");
        var file = confirmation.Locator("a.file");
        await Expect(file).ToHaveAttributeAsync("download", "simplified-tax-webinar.ics");
        await Expect(file).ToContainTextAsync(widget.Text("widget_download", Kk));
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        await widget.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "widget-enrolled-kazakh.png") });

        var download = await widget.Page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal("simplified-tax-webinar.ics", download.SuggestedFilename);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:", ics, StringComparison.Ordinal);
    }

    private static async Task Choose(WidgetPage widget, string title)
    {
        var before = await widget.BotMessages.CountAsync();
        await widget.Page.Locator("[data-chatbot-widget] .quick button").GetByText(title, new() { Exact = true }).ClickAsync();
        await Expect(widget.BotMessages).Not.ToHaveCountAsync(before);
    }

    private static async Task Answer(WidgetPage widget, string text, string next)
    {
        await widget.AskAsync(text);
        await Expect(widget.BotMessages.Last).ToContainTextAsync(next);
    }
}
