using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;

namespace ChatBot.Core.Trainings;

/// <summary>
/// The messages the bot sends about a training outside a turn (reminders, a seat freed, the feedback question,
/// a cancelled training), in the enrollment's language, ready for the outbox.
/// </summary>
public sealed class TrainingNotices(TextCatalog texts)
{
    public OutgoingMessage DayReminder(Training training, Enrollment enrollment) =>
        Notice(TrainingTextKeys.DayReminder, training, enrollment, [CancelButton(enrollment)]);

    public OutgoingMessage HourReminder(Training training, Enrollment enrollment) =>
        Notice(TrainingTextKeys.HourReminder, training, enrollment, [CancelButton(enrollment)]);

    public OutgoingMessage Promoted(Training training, Enrollment enrollment) =>
        Notice(TrainingTextKeys.Promoted, training, enrollment, [CancelButton(enrollment)]);

    public OutgoingMessage TrainingCancelled(Training training, Enrollment enrollment) =>
        Notice(TrainingTextKeys.TrainingCancelled, training, enrollment, []);

    /// <summary>
    /// The new time and place of a training that moved, with a fresh calendar file (same event id, so a calendar
    /// updates the entry) and the link of an online one.
    /// </summary>
    public OutgoingMessage Changed(Training training, Enrollment enrollment, DateTimeOffset now)
    {
        var where = Where(training, enrollment.Language);
        var calendar = new Attachment(TrainingCalendar.FileName(training), TrainingCalendar.MediaType, TrainingCalendar.Bytes(training, enrollment, where, now));
        return Notice(TrainingTextKeys.Changed, training, enrollment, [CancelButton(enrollment)]) with { Attachment = calendar };
    }

    /// <summary>The new time for someone on the waiting list: the place, but not the link, and no calendar file.</summary>
    public OutgoingMessage ChangedForWaiting(Training training, Enrollment enrollment) =>
        Notice(
            TrainingTextKeys.ChangedWaiting,
            training,
            enrollment,
            [CancelButton(enrollment)],
            training.Place?.In(enrollment.Language) ?? texts.Get(TrainingTextKeys.OnlineWhereWaiting, enrollment.Language));

    /// <summary>One question, answered with a button from 1 to 5.</summary>
    public OutgoingMessage FeedbackRequest(Training training, Enrollment enrollment) =>
        Notice(
            TrainingTextKeys.FeedbackRequest,
            training,
            enrollment,
            Enumerable.Range(1, 5).Select(score => new Button(score.ToString(System.Globalization.CultureInfo.InvariantCulture), TrainingPayloads.Feedback(enrollment.Id, score))).ToList());

    /// <summary>The place of an offline training, or the link of an online one (for enrolled people only).</summary>
    public string Where(Training training, Language language) =>
        training.Place?.In(language) ?? texts.Format(TrainingTextKeys.OnlineWhere, language, ("link", training.OnlineLink ?? ""));

    public static OutboxItem ToOutbox(Enrollment enrollment, OutgoingMessage message, DateTimeOffset now) =>
        OutboxItem.For(enrollment.ConversationId, enrollment.Channel, enrollment.ChatId, message, now);

    private Button CancelButton(Enrollment enrollment) =>
        new(texts.Get(TrainingTextKeys.ButtonCancelEnrollment, enrollment.Language), TrainingPayloads.Cancel(enrollment.Id));

    private OutgoingMessage Notice(string key, Training training, Enrollment enrollment, IReadOnlyList<Button> buttons, string? where = null)
    {
        var language = enrollment.Language;
        var text = texts.Format(
            key,
            language,
            ("title", training.Title.In(language)),
            ("when", AlmatyTime.Span(training)),
            ("where", where ?? Where(training, language)));
        return new OutgoingMessage(text, buttons, []);
    }
}
