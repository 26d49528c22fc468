namespace ChatBot.Host.Trainings;

/// <summary>The <c>Trainings:*</c> configuration section.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Trainings";

    /// <summary>Unique trainees a year the chamber aims for; the stats compare against it.</summary>
    public int YearlyTarget { get; set; } = 2000;

    /// <summary>Whether the one feedback question is sent after a training.</summary>
    public bool FeedbackRequests { get; set; } = true;

    /// <summary>How often the scheduler looks for due reminders.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);
}
