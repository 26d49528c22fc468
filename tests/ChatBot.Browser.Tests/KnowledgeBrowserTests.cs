using System.Diagnostics;
using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Browser.Tests;

/// <summary>An editor changes a topic's short answer on the knowledge page, and the widget answers with it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgeBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Topic = "register_sole_proprietor";
    private const string NewShort = "ИП открывают уведомлением на eGov или в Kaspi за один день; свидетельства больше нет.";

    private KnowledgeBase Knowledge => fixture.Service.Service<KnowledgeBase>();

    [BrowserFact]
    public async Task AnEditorFindsATopicEditsItsShortAnswerSeesThePreviewAndTheWidgetAnswersWithIt()
    {
        ConsolePage.AddAccount(fixture, "browser-editor", OperatorRoles.Editor);
        var retraining = fixture.Service.Service<LiveRetraining>();
        var editor = fixture.Service.Service<KnowledgeEditor>();
        try
        {
            var clock = Stopwatch.StartNew();
            var page = await ConsolePage.SignInAsync(fixture, "browser-editor", height: 1000);

            // An editor is taken to the knowledge page, finds the topic by a Kazakh phrasing and opens it.
            await Expect(page.Locator("#topics-title")).ToHaveTextAsync("Темы");
            await page.Locator("#search").FillAsync("жк қалай ашамын");
            await page.Locator("#topics .topic-item", new() { HasText = Topic }).ClickAsync();
            await Expect(page.Locator("#short-ru")).ToHaveValueAsync(Knowledge.Find(Topic)!.Short!.Ru);

            // The preview follows the typing, as Telegram and the widget will show it.
            await page.Locator("#short-ru").FillAsync(NewShort);
            await Expect(page.Locator("#preview-telegram")).ToContainTextAsync(NewShort);
            await Expect(page.Locator("#preview-widget")).ToContainTextAsync("Подробнее");
            await page.Locator("#save").ClickAsync();
            await Expect(page.Locator("#topic-saved")).ToContainTextAsync("Сохранено");
            await Expect(page.Locator("#history li").First).ToContainTextAsync("browser-editor");
            await retraining.Idle();
            output.WriteLine($"found, edited and saved in {clock.Elapsed.TotalSeconds:0.0} s");
            await Expect(page.Locator("#model-status")).Not.ToContainTextAsync("Идёт обучение", new() { Timeout = 15_000 });
            await Screenshot.SaveAsync(page, "knowledge-edit.png", output);

            // The bot answers with the new short answer, without a restart.
            var widget = new WidgetPage(await fixture.NewPageAsync(), Knowledge.Texts);
            await widget.OpenAsync();
            await widget.AskAsync("как открыть ИП?");
            await Expect(widget.BotMessages.Last).ToContainTextAsync(NewShort);

            // One click takes it back.
            await page.Locator("#history li").First.GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.Locator("#topic-saved")).ToContainTextAsync("отменено");
            await Expect(page.Locator("#short-ru")).ToHaveValueAsync(Knowledge.Find(Topic)!.Short!.Ru);
        }
        finally
        {
            // The other browser tests expect the shipped answer: whatever happened above, it is put back.
            await retraining.Idle();
            if (editor.Current.Knowledge.Find(Topic)!.Short!.Ru != Knowledge.Find(Topic)!.Short!.Ru)
            {
                editor.SaveTopic(Knowledge.Find(Topic)!, "browser-test");
            }

            await retraining.Idle();
        }

        Assert.Equal(Knowledge.Find(Topic)!.Short!.In(Language.Ru), fixture.Service.Service<LiveModels>().Current.Knowledge.Find(Topic)!.Short!.Ru);
    }
}
