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

    /// <summary>What is wrong with the settings, each naming its key; start-up stops on any.</summary>
    public IEnumerable<string> Problems()
    {
        if (YearlyTarget < 1)
        {
            yield return $"Trainings:YearlyTarget must be a positive number of trainees, not {YearlyTarget}";
        }

        if (SchedulerInterval <= TimeSpan.Zero)
        {
            yield return $"Trainings:SchedulerInterval must be longer than zero (00:01:00 is a minute), not {SchedulerInterval}";
        }
    }
}
