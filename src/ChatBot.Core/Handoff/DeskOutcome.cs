namespace ChatBot.Core.Handoff;

/// <summary>The outcome of an operator action on a conversation.</summary>
public enum DeskResult
{
    Done,
    NotFound,

    /// <summary>The conversation is not in a state that allows the action (taken by someone else, not waiting).</summary>
    Conflict,
}

/// <summary>A result with the reason a conflict has, for the 409's detail.</summary>
public sealed record DeskOutcome(DeskResult Result, string Reason = "")
{
    public static DeskOutcome Done { get; } = new(DeskResult.Done);

    public static DeskOutcome NotFound { get; } = new(DeskResult.NotFound, "no such conversation");

    public static DeskOutcome Conflict(string reason) => new(DeskResult.Conflict, reason);
}
