using ChatBot.Core.Applications;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Tests.Engine.Applications.ApplicationScript;

namespace ChatBot.Tests.Engine.Applications;

/// <summary>
/// The attachment step in a Telegram conversation, through the real engine: files taken up to the count and the total,
/// a file refused with the reason and the same question asked again, and a file at another step refused.
/// </summary>
public sealed class ApplicationAttachmentConversationTests : IDisposable
{
    private const int TelegramSteps = Steps + 1;
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private IApplications Applications => _bot.Services.GetRequiredService<IApplications>();

    private static string Done(Language language) => Text(FlowTextKeys.ButtonDone, language);

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task TheSixthFileIsRefusedTheStepAskedAgainAndTheFiveGoWithTheApplication(Language language)
    {
        var flow = ToTheAttachments(language);
        for (var n = 1; n <= 5; n++)
        {
            var number = n;
            flow.SendFile($"скан-{number}.pdf", [(byte)number]).AssertReply(reply =>
                Assert.EndsWith(Format(FlowTextKeys.FilesReceived, language, ("count", number), ("max", 5), ("names", string.Join(", ", Enumerable.Range(1, number).Select(i => $"скан-{i}.pdf")))), reply.Text, StringComparison.Ordinal));
        }

        await flow
            .SendFile("скан-6.pdf", [6]).AssertText(FlowTextKeys.FileTooMany, language, ("max", 5))
            .AssertReplyStartsWith(Asked("attachments", 4, language, TelegramSteps))
            .Press(Done(language)).AssertReplyStartsWith(Asked("name", 5, language, TelegramSteps))
            .Send(Name(language)).AssertReply(_ => { })
            .Press(Option("answer_by", "chat", language)).AssertReply(confirm => Assert.Contains("скан-5.pdf", confirm.Text, StringComparison.Ordinal))
            .Press(Yes(language)).AssertReply(_ => { })
            .StartTestAsync();

        var application = Assert.Single(Applications.All());
        Assert.Equal(Enumerable.Range(1, 5).Select(i => ($"скан-{i}.pdf", (long)1, (byte)i)), application.Attachments.Select(a => (a.FileName, a.Size, a.Content.Single())));
    }

    [Fact]
    public async Task AFileThatWouldTakeTheApplicationOverItsTotalIsRefusedAndTheOnesBeforeItAreKept()
    {
        var seven = new byte[7 * (int)AttachmentLimits.Megabyte];
        await ToTheAttachments(Language.Ru)
            .SendFile("первый.pdf", seven).AssertReply(_ => { })
            .SendFile("второй.pdf", seven).AssertText(FlowTextKeys.FileTooMuchInAll, Language.Ru, ("name", "второй.pdf"), ("max", "12"))
            .AssertReply(again => Assert.EndsWith(Format(FlowTextKeys.FilesReceived, Language.Ru, ("count", 1), ("max", 5), ("names", "первый.pdf")), again.Text, StringComparison.Ordinal))
            .Press(Done(Language.Ru)).AssertReplyStartsWith(Asked("name", 5, Language.Ru, TelegramSteps))
            .StartTestAsync();

        Assert.Equal(["первый.pdf"], _bot.Store.Find("telegram:user-1")!.Flow!.Files.Select(f => f.FileName));
    }

    [Fact]
    public Task AFileSentWhileAnotherStepIsAskedIsRefusedAndThatStepAskedAgain() =>
        _bot.Conversation(channel: Channels.Telegram)
            .Send(Request(Language.Ru)).AssertReply(_ => { })
            .AssertReplyStartsWith(Asked("kind", 1, Language.Ru, TelegramSteps))
            .Press(Option("kind", "tax", Language.Ru)).AssertReplyStartsWith(Asked("description", 2, Language.Ru, TelegramSteps))
            .SendFile("декларация.pdf", [1, 2]).AssertText(FlowTextKeys.FileNotAsked, Language.Ru)
            .AssertReplyStartsWith(Asked("description", 2, Language.Ru, TelegramSteps))
            .StartTestAsync();

    [Fact]
    public Task TextTypedAtTheAttachmentStepAsksForAFileAndTypedDoneGoesOn() =>
        ToTheAttachments(Language.Ru)
            .Send("1234").AssertText(FlowTextKeys.FileExpected, Language.Ru)
            .AssertReplyStartsWith(Asked("attachments", 4, Language.Ru, TelegramSteps))
            .Send("готово").AssertReplyStartsWith(Asked("name", 5, Language.Ru, TelegramSteps))
            .StartTestAsync();

    [Fact]
    public Task AFileOutsideAFormIsAnsweredWithWhereFilesAreTakenAndTheMenu() =>
        _bot.Conversation(channel: Channels.Telegram)
            .SendFile("скан.pdf", [1]).AssertText(FlowTextKeys.FileOutsideForm, Language.Ru)
            .AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .StartTestAsync();

    private TestFlow ToTheAttachments(Language language) => _bot.Conversation(channel: Channels.Telegram)
        .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
        .Send(Request(language)).AssertReply(_ => { })
        .AssertReplyStartsWith(Asked("kind", 1, language, TelegramSteps))
        .Press(Option("kind", "legal", language)).AssertReplyStartsWith(Asked("description", 2, language, TelegramSteps))
        .Send(Description(language)).AssertReplyStartsWith(Asked("consent", 3, language, TelegramSteps))
        .Press(Yes(language)).AssertReplyStartsWith(Asked("attachments", 4, language, TelegramSteps));
}
