using ChatBot.Core.Applications;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Tests.Engine.Applications.ApplicationScript;

namespace ChatBot.Tests.Engine.Applications;

/// <summary>An application from the request to its number, its status asked for, and every change told, through the real engine.</summary>
public sealed class ApplicationConversationTests : IDisposable
{
    private const string Me = "test:user-1";
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private IApplications Applications => _bot.Services.GetRequiredService<IApplications>();

    private ApplicationDesk Desk => _bot.Services.GetRequiredService<ApplicationDesk>();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task AnEntrepreneurAsksForALawyerFillsTheFormAndGetsANumberASummaryAndTheDueTime(Language language)
    {
        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .SubmitAnApplication(language, submitted =>
            {
                Assert.StartsWith(Format(ApplicationTextKeys.Submitted, language, ("number", "A-2026-000001"), ("summary", "")).Split('\n')[0], submitted.Text, StringComparison.Ordinal);
                Assert.Contains(Description(language), submitted.Text, StringComparison.Ordinal);
                Assert.Contains(Option("kind", "legal", language), submitted.Text, StringComparison.Ordinal);

                // Monday 09:00 in Almaty plus eight working hours.
                Assert.Contains("02.03.2026 17:00", submitted.Text, StringComparison.Ordinal);
                Assert.Contains(submitted.Buttons, b => b.Payload == ApplicationPayloads.Mine);
            })
            .StartTestAsync();

        var application = Assert.Single(Applications.OfConversation(Me));
        Assert.Equal(("A-2026-000001", ApplicationKind.Legal, ApplicationStatus.New, language), (application.Id, application.Kind, application.Status, application.Language));
        Assert.Equal((Description(language), Name(language), AnswerChannel.Chat), (application.Description, application.Name, application.AnswerBy));
        Assert.Equal(_bot.Time.GetUtcNow(), application.ConsentAt);
    }

    [Fact]
    public async Task DecliningTheConsentSubmitsNothing()
    {
        await _bot.Conversation()
            .Send(Request(Language.Ru)).AssertReply(_ => { })
            .AssertReplyStartsWith(Asked("kind", 1, Language.Ru))
            .Press(Option("kind", "finance", Language.Ru)).AssertReplyStartsWith(Asked("description", 2, Language.Ru))
            .Send(Description(Language.Ru)).AssertReplyStartsWith(Asked("consent", 3, Language.Ru))
            .Press(Text(TextKeys.ButtonNo, Language.Ru)).AssertReply(_ => { })
            .StartTestAsync();

        Assert.Empty(Applications.All());
    }

    [Theory]
    [InlineData(Language.Ru, "что с моей заявкой?")]
    [InlineData(Language.Kk, "өтінімім қандай күйде?")]
    [InlineData(Language.Ru, "A-2026-000001")]
    [InlineData(Language.Ru, "а 2026 000001 что с ней")]
    [InlineData(Language.Kk, "A-2026-000001")]
    public async Task TheStatusIsToldWhenAskedInWordsOrByNumber(Language language, string asked)
    {
        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertReply(_ => { })
            .SubmitAnApplication(language)
            .DoAsync(() => Told(() => Desk.AssignAsync("A-2026-000001", "aigerim", "aigerim", null)))
            .Send(asked).AssertReply(details =>
            {
                Assert.StartsWith(language == Language.Kk ? "A-2026-000001 өтінімі" : "Заявка A-2026-000001", details.Text, StringComparison.Ordinal);
                Assert.Contains(Status(ApplicationStatus.Assigned, language), details.Text, StringComparison.Ordinal);
                Assert.Contains(Text(ApplicationTextKeys.KindKey(ApplicationKind.Legal), language), details.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AnotherPersonsNumberReadsAsUnknown()
    {
        await _bot.Conversation().SubmitAnApplication(Language.Ru).StartTestAsync();

        await _bot.Conversation("user-2")
            .Send("A-2026-000001").AssertReply(Format(ApplicationTextKeys.NotFound, Language.Ru, ("number", "A-2026-000001")))
            .StartTestAsync();
    }

    [Fact]
    public async Task SomeoneWithoutApplicationsIsOfferedToSubmitOne()
    {
        await _bot.Conversation()
            .Send("что с моей заявкой?").AssertReply(none =>
            {
                Assert.Equal(Text(ApplicationTextKeys.None, Language.Ru), none.Text);
                Assert.Contains(none.Buttons, b => b.Title == Text(ApplicationTextKeys.ButtonNew, Language.Ru));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task EveryChangeIsToldInTheEntrepreneursLanguageEvenAMonthAfterTheirLastMessage(Language language)
    {
        const string id = "A-2026-000001";
        var told = new List<OutgoingMessage>();
        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertReply(_ => { })
            .SubmitAnApplication(language)
            .DoAsync(async () => told.AddRange(await Told(() => Desk.AssignAsync(id, "admin", "aigerim", "юрист по аренде"))))
            .DoAsync(async () => told.AddRange(await Told(() => Desk.ReplyAsync(id, "aigerim", "Пришлите, пожалуйста, дату договора.", asking: true))))
            .Receive(() => told.TakeLast(1))
            .AssertReply(question => Assert.Contains("Пришлите, пожалуйста, дату договора.", question.Text, StringComparison.Ordinal))
            .Send("Договор от 1 февраля 2025 года").AssertReply(Format(ApplicationTextKeys.AnswerAdded, language, ("number", id)))
            .StartTestAsync();

        _bot.Time.Advance(TimeSpan.FromDays(30));
        told.AddRange(await Told(() => Desk.ReplyAsync(id, "aigerim", "Досрочное расторжение возможно только по условиям договора.", asking: false)));
        told.AddRange(await Told(() => Desk.SetStatusAsync(id, "aigerim", ApplicationStatus.Closed, null)));
        told.AddRange(await Told(() => Desk.SetStatusAsync(id, "aigerim", ApplicationStatus.Assigned, "уточняем по просьбе заявителя")));

        Assert.Equal(
            [
                Format(ApplicationTextKeys.StatusChanged, language, ("number", id), ("status", Status(ApplicationStatus.Assigned, language))) + "\n"
                    + Format(ApplicationTextKeys.StatusNote, language, ("note", "юрист по аренде")),
                Format(ApplicationTextKeys.Question, language, ("number", id), ("text", "Пришлите, пожалуйста, дату договора.")),
                Format(ApplicationTextKeys.Reply, language, ("number", id), ("text", "Досрочное расторжение возможно только по условиям договора.")),
                Format(ApplicationTextKeys.RateQuestion, language, ("number", id)),
                Format(ApplicationTextKeys.StatusChanged, language, ("number", id), ("status", Status(ApplicationStatus.Closed, language))),
                Format(ApplicationTextKeys.StatusChanged, language, ("number", id), ("status", Status(ApplicationStatus.Assigned, language))) + "\n"
                    + Format(ApplicationTextKeys.StatusNote, language, ("note", "уточняем по просьбе заявителя")),
            ],
            told.Select(m => m.Text));
        var application = Applications.Find(id)!;
        Assert.Equal(
            [ApplicationChangeKind.Submitted, ApplicationChangeKind.Assigned, ApplicationChangeKind.Reply, ApplicationChangeKind.EntrepreneurReply, ApplicationChangeKind.Reply, ApplicationChangeKind.Status, ApplicationChangeKind.Status],
            application.History.Select(c => c.Kind));
        Assert.Equal("Договор от 1 февраля 2025 года", application.History[3].Text);
        Assert.True(application.History.Zip(application.History.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.Equal(ApplicationStatus.Assigned, application.Status);

        // Told in the transcript too, so the widget shows it when the user comes back.
        Assert.Contains(_bot.Store.Transcript(Me), t => t.Text == told[2].Text);
    }

    [Fact]
    public async Task TheSatisfactionQuestionIsAnsweredWithOneTapAndAskedAtMostOnceAWeek()
    {
        IReadOnlyList<OutgoingMessage> first = [], second = [], third = [];

        await _bot.Conversation()
            .SubmitAnApplication(Language.Ru).SubmitAnApplication(Language.Ru).SubmitAnApplication(Language.Ru)
            .DoAsync(async () => first = await Told(() => Desk.ReplyAsync("A-2026-000001", "aigerim", "Ответ первый.", asking: false)))
            .DoAsync(async () => second = await Told(() => Desk.ReplyAsync("A-2026-000002", "aigerim", "Ответ второй.", asking: false)))
            .Do(() => _bot.Time.Advance(TimeSpan.FromDays(8)))
            .DoAsync(async () => third = await Told(() => Desk.ReplyAsync("A-2026-000003", "aigerim", "Ответ третий.", asking: false)))
            .Receive(() => [first[1]])
            .AssertReply(question => Assert.Equal(["1", "2", "3", "4", "5"], question.Buttons.Select(b => b.Title)))
            .Press("4").AssertText(ApplicationTextKeys.RateThanks, Language.Ru)
            .StartTestAsync();

        Assert.Equal((2, 1, 2), (first.Count, second.Count, third.Count));
        Assert.Equal(4, Applications.Find("A-2026-000001")!.Satisfaction);
        Assert.Null(Applications.Find("A-2026-000002")!.Satisfaction);
    }

    [Fact]
    public async Task ForgetEmptiesTheApplicationsPersonalFieldsAndKeepsItForTheFigures()
    {
        await _bot.Conversation()
            .SubmitAnApplication(Language.Ru)
            .Send("/forget").AssertReply(_ => { })
            .Press(Text(TextKeys.ButtonYes, Language.Ru)).AssertReply(_ => { })
            .StartTestAsync();

        var application = Applications.Find("A-2026-000001")!;
        Assert.Equal(("", ""), (application.Description, application.Name));
        Assert.Equal(1, _bot.Services.GetRequiredService<IApplicationFigures>().For(_bot.Time.GetUtcNow().AddDays(-1), _bot.Time.GetUtcNow().AddDays(1)).Submitted);
    }

    // What a consultant's action queued for the user, a minute after the user's last message.
    private async Task<IReadOnlyList<OutgoingMessage>> Told(Func<Task<ApplicationDeskResult>> action)
    {
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        var before = _bot.ConversationOutbox.LastId(Me);
        Assert.Equal(ApplicationDeskOutcome.Done, (await action()).Outcome);
        return _bot.ConversationOutbox.PendingAfter(Me, before, 100).Select(o => o.Message).ToList();
    }
}
