using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;

namespace ChatBot.Core.Applications;

/// <summary>What the entrepreneur is told about an application, in the application's language.</summary>
public sealed class ApplicationNotices(TextCatalog texts)
{
    public TextCatalog Texts => texts;

    public string Status(ApplicationStatus status, Language language) => texts.Get(ApplicationTextKeys.StatusKey(status), language);

    public string Kind(ApplicationKind kind, Language language) => texts.Get(ApplicationTextKeys.KindKey(kind), language);

    /// <summary>"Заявка A-2026-000123: передана консультанту." with the status note, when there is one.</summary>
    public OutgoingMessage StatusChanged(Application application, string? note)
    {
        var text = texts.Format(ApplicationTextKeys.StatusChanged, application.Language, ("number", application.Id), ("status", Status(application.Status, application.Language)));
        return Plain(application, WithNote(text, note, application.Language));
    }

    /// <summary>The consultant's answer, or a question back when the application waits for the entrepreneur.</summary>
    public OutgoingMessage Reply(Application application, string text) => Plain(application, texts.Format(
        application.Status == ApplicationStatus.WaitingForEntrepreneur ? ApplicationTextKeys.Question : ApplicationTextKeys.Reply,
        application.Language,
        ("number", application.Id),
        ("text", text)));

    /// <summary>One tap from 1 to 5.</summary>
    public OutgoingMessage RateQuestion(Application application) => new(
        texts.Format(ApplicationTextKeys.RateQuestion, application.Language, ("number", application.Id)),
        Enumerable.Range(1, 5).Select(n => new Button(n.ToString(CultureInfo.InvariantCulture), ApplicationPayloads.Rate(application.Id, n))).ToList(),
        []);

    /// <summary>The number, kind, status since when and the due date, for "что с моей заявкой?".</summary>
    public string Details(Application application, ApplicationTiming timing, Language language)
    {
        var since = application.History.LastOrDefault(c => c.Kind != ApplicationChangeKind.Note)?.At ?? application.CreatedAt;
        var text = texts.Format(
            ApplicationTextKeys.Details,
            language,
            ("number", application.Id),
            ("kind", Kind(application.Kind, language)),
            ("created", AlmatyTime.Date(application.CreatedAt)),
            ("status", Status(application.Status, language)),
            ("since", $"{AlmatyTime.Date(since)} {AlmatyTime.Time(since)}"),
            ("due", $"{AlmatyTime.Date(timing.AnswerDue)} {AlmatyTime.Time(timing.AnswerDue)}"));
        var lastTold = application.History.LastOrDefault(c => c.Kind is ApplicationChangeKind.Status or ApplicationChangeKind.Reply && c.Text is not null);
        return WithNote(text, lastTold?.Text, language);
    }

    public string Line(Application application, Language language) => texts.Format(
        ApplicationTextKeys.MineLine,
        language,
        ("number", application.Id),
        ("kind", Kind(application.Kind, language)),
        ("status", Status(application.Status, language)),
        ("created", AlmatyTime.Date(application.CreatedAt)));

    private static OutgoingMessage Plain(Application application, string text) =>
        new(text, [new Button(application.Id, ApplicationPayloads.Show(application.Id))], []);

    private string WithNote(string text, string? note, Language language) =>
        string.IsNullOrWhiteSpace(note) ? text : text + "\n" + texts.Format(ApplicationTextKeys.StatusNote, language, ("note", note.Trim()));
}
