namespace ChatBot.Core.Trainings;

/// <summary>
/// The texts of notices about trainings that the bot sends outside a turn; the knowledge loader requires each in
/// ru and kk. Placeholders: {title}, {when} (Almaty date and time), {where} (place or link).
/// </summary>
public static class TrainingTextKeys
{
    public const string DayReminder = "training_reminder_day";
    public const string HourReminder = "training_reminder_hour";
    public const string Promoted = "training_promoted";
    public const string FeedbackRequest = "training_feedback_request";
    public const string TrainingCancelled = "training_cancelled_by_organiser";
    public const string ButtonCancelEnrollment = "training_button_cancel_enrollment";
    public const string OnlineWhere = "training_where_online";
    public const string Changed = "training_changed";
    public const string ChangedWaiting = "training_changed_waiting";
    public const string OnlineWhereWaiting = "training_where_online_waiting";

    public static readonly IReadOnlyList<string> Required =
    [
        DayReminder, HourReminder, Promoted, FeedbackRequest, TrainingCancelled, ButtonCancelEnrollment, OnlineWhere,
        Changed, ChangedWaiting, OnlineWhereWaiting,
        .. TrainingFormats.All.Select(TrainingFormats.TextKey),
    ];
}
