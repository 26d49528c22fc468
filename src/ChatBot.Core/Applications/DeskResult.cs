namespace ChatBot.Core.Applications;

/// <summary>What a consultant's action on an application came to; a refusal says why.</summary>
public sealed record ApplicationDeskResult(ApplicationDeskOutcome Outcome, Application? Application = null, string? Reason = null)
{
    public static ApplicationDeskResult NotFound { get; } = new(ApplicationDeskOutcome.NotFound);

    public static ApplicationDeskResult Refused(string reason) => new(ApplicationDeskOutcome.Refused, Reason: reason);
}

public enum ApplicationDeskOutcome
{
    Done,
    NotFound,
    Refused,
}
