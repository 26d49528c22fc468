namespace ChatBot.Core.Trainings;

/// <summary>
/// What an edit of a training changed that its people care about: the time (start or duration) or where it happens
/// (place or online link). A description, title or capacity edit is neither and tells nobody.
/// </summary>
public sealed record TrainingChange(bool Time, bool Where)
{
    public bool StartMoved { get; init; }

    public bool TellsAnyone => Time || Where;

    /// <summary>
    /// The change from <paramref name="before"/> to <paramref name="after"/> worth a notice: only for a training that
    /// is still to happen (open or closed to new enrollments, not ended at its new time). Cancelled and held
    /// trainings are left alone; a cancellation has its own notice.
    /// </summary>
    public static TrainingChange Of(Training? before, Training after, DateTimeOffset now)
    {
        if (before is null || !StillToHappen(before) || !StillToHappen(after) || now >= after.EndsAt)
        {
            return None;
        }

        var startMoved = before.StartsAt != after.StartsAt;
        return new TrainingChange(
            startMoved || before.DurationMinutes != after.DurationMinutes,
            before.Place != after.Place || before.OnlineLink != after.OnlineLink)
        {
            StartMoved = startMoved,
        };
    }

    public static readonly TrainingChange None = new(false, false);

    private static bool StillToHappen(Training training) => training.Status is TrainingStatus.Open or TrainingStatus.Closed;
}
