using ChatBot.Core.Privacy;

namespace ChatBot.Core.Applications;

/// <summary>One line of an application's history: a status change, an assignment, a reply or an internal note.</summary>
public sealed class ApplicationChange
{
    public DateTimeOffset At { get; set; }

    /// <summary>The operator's login, or <see cref="ApplicationChanges.Entrepreneur"/>.</summary>
    public string By { get; set; } = "";

    public ApplicationChangeKind Kind { get; set; }

    /// <summary>The status after the change (the same as before for a note or a reply that keeps it).</summary>
    public ApplicationStatus Status { get; set; }

    /// <summary>The consultant assigned by this change.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>The status note or the reply told to the entrepreneur, or the internal note; free text, so sealed.</summary>
    [Personal]
    public string? Text { get; set; }
}
