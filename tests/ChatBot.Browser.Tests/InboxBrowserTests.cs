using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>
/// The editors' review inbox at /operator/inbox, fed by a visitor in the widget: a 👎 under an answer and two
/// spellings of a question the bot did not understand, then a bulk action in the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    private string Text(string key) => Knowledge.Texts.Get(key, Language.Ru).Trim();

    private string Label(string key, Language language = Language.Ru) => Knowledge.Texts.Get("console_" + key, language);

    [BrowserFact]
    public async Task AThumbsDownInTheWidgetAndAnUnansweredQuestionReachTheInboxWhereAnEditorIgnoresThemInBulk()
    {
        // The visitor rates an answer down and asks twice what the bot does not know.
        var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
        await widget.OpenAsync();
        await widget.AskAsync("как зарегистрировать ИП?");
        await Expect(widget.QuickReply("👎").Last).ToBeVisibleAsync();
        await widget.QuickReply("👎").Last.ClickAsync();
        await Expect(widget.BotMessages.Last).ToContainTextAsync(Text(TextKeys.RatingDownThanks));
        await widget.AskAsync("посоветуйте породу собаки для квартиры");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(Text(TextKeys.OutOfScope)));
        await widget.AskAsync("Посоветуйте породу собак для квартиры?");
        await Expect(widget.BotMessages.Last).ToContainTextAsync(WidgetPage.FirstLine(Text(TextKeys.OutOfScope)));

        // The editor signs in on the inbox page and sees each question once, with its count and signal.
        ConsolePage.AddAccount(fixture, "browser-inbox-editor", OperatorRoles.Editor);
        var inbox = await ConsolePage.SignInAsync(fixture, "browser-inbox-editor", "/operator/inbox", height: 900);
        var dogs = inbox.Locator("#rows tr", new() { HasTextString = "породу собак" });
        await Expect(dogs).ToHaveCountAsync(1);
        await Expect(dogs.Locator(".count")).ToHaveTextAsync("2");
        await Expect(dogs).ToContainTextAsync(Label("inbox_signal_not_understood"));
        var rated = inbox.Locator("#rows tr", new() { HasTextString = "как зарегистрировать ИП?" });
        await Expect(rated).ToContainTextAsync(Label("inbox_signal_thumbs_down"));
        await Expect(rated).ToContainTextAsync(Knowledge.Find("register_sole_proprietor")!.Title.Ru);
        await Expect(inbox.Locator("#signals button[data-signal='thumbs-down']")).ToContainTextAsync("· 1");
        await Screenshot.SaveAsync(inbox, "inbox-pending.png", output);

        // Starting a new topic prefills its phrasings from the chosen row.
        await dogs.Locator("input[type=checkbox]").CheckAsync();
        await inbox.Locator("#act-new-topic").ClickAsync();
        await Expect(inbox.Locator("#nt-questions-ru")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("породу собак"));
        await inbox.Locator("#nt-cancel").ClickAsync();

        // Both rows ignored at once (other tests of the run may have left rows of their own): they leave the pending
        // list, and "ignored" shows them with who did it.
        await rated.Locator("input[type=checkbox]").CheckAsync();
        await Expect(inbox.Locator("#selected-count")).ToContainTextAsync("2");
        await inbox.Locator("#act-ignore").ClickAsync();
        await Expect(inbox.Locator("#inbox-message")).ToContainTextAsync("3");
        await Expect(dogs).ToHaveCountAsync(0);
        await Expect(rated).ToHaveCountAsync(0);
        await inbox.Locator("#status").SelectOptionAsync("ignored");
        await Expect(dogs).ToContainTextAsync("browser-inbox-editor");
        await Expect(rated).ToContainTextAsync(Label("inbox_action_ignore"));

        // In Kazakh the page speaks Kazakh.
        await inbox.Locator("#language").SelectOptionAsync("kk");
        await Expect(inbox.Locator("h1")).ToHaveTextAsync(Label("inbox_title", Language.Kk));
        await Expect(rated).ToContainTextAsync(Label("inbox_signal_thumbs_down", Language.Kk));
        await Expect(rated).ToContainTextAsync(Label("inbox_action_ignore", Language.Kk));
        await Screenshot.SaveAsync(inbox, "inbox-ignored-kazakh.png", output);
    }
}
