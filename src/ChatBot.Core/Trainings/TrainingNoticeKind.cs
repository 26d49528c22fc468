namespace ChatBot.Core.Trainings;

/// <summary>The notices the scheduler sends about an enrollment.</summary>
public enum TrainingNoticeKind
{
    DayReminder,
    HourReminder,
    FeedbackRequest,
}
