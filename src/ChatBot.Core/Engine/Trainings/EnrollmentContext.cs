namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// The context value the enrollment flow is started with: the training's id, and whether the person asked for the
/// waiting list of a full training (<c>id|wait</c>).
/// </summary>
public sealed record EnrollmentContext(string TrainingId, bool JoinWaitingList)
{
    private const string WaitSuffix = "|wait";

    public override string ToString() => TrainingId + (JoinWaitingList ? WaitSuffix : "");

    public static EnrollmentContext Parse(string? context) => context is null
        ? new("", false)
        : context.EndsWith(WaitSuffix, StringComparison.Ordinal)
            ? new(context[..^WaitSuffix.Length], true)
            : new(context, false);
}
