namespace ChatBot.Core.Trainings;

public enum CancelOutcome
{
    /// <summary>The seat (or waiting place) is given up.</summary>
    Cancelled,

    /// <summary>It was cancelled before; nothing changed.</summary>
    AlreadyCancelled,

    /// <summary>The training has started or is over; attendance is for operators to mark.</summary>
    TooLate,

    NotFound,
}

/// <param name="Promoted">The first waiting person who got the freed seat (already notified through the outbox).</param>
public sealed record CancelResult(CancelOutcome Outcome, Enrollment? Cancelled = null, Enrollment? Promoted = null);
