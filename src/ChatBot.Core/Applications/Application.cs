using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;

namespace ChatBot.Core.Applications;

/// <summary>
/// A request for a consultant's answer or for a support measure, followed to its answer. What the person wrote and
/// gave is sealed; kind, status and times stay readable for the reports, also after /forget.
/// </summary>
public sealed class Application
{
    /// <summary>The number the entrepreneur reads and types, <c>A-2026-000123</c> (<see cref="ApplicationNumber"/>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The conversation (channel:chatId) that submitted it: where every change is told.</summary>
    public string ConversationId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public Language Language { get; set; }

    public ApplicationKind Kind { get; set; }

    [Personal]
    public string Description { get; set; } = "";

    [Personal]
    public string Name { get; set; } = "";

    [Personal]
    public string Phone { get; set; } = "";

    public AnswerChannel AnswerBy { get; set; }

    /// <summary>When the person agreed to the processing of the details above.</summary>
    public DateTimeOffset ConsentAt { get; set; }

    public List<ApplicationAttachment> Attachments { get; set; } = [];

    public ApplicationStatus Status { get; set; }

    /// <summary>The consultant's login.</summary>
    public string? AssignedTo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The first time a consultant acted on it (assigned, asked, answered): the first-response service level.</summary>
    public DateTimeOffset? FirstResponseAt { get; set; }

    /// <summary>The first time it was answered: the resolution service level.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the satisfaction question was sent; at most one a week per person (<see cref="SatisfactionRule"/>).</summary>
    public DateTimeOffset? SatisfactionAskedAt { get; set; }

    /// <summary>1–5, once.</summary>
    public int? Satisfaction { get; set; }

    /// <summary>Set when /forget (or, for a closed application, the retention period) erased the personal fields; the record stays for the figures.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public List<ApplicationChange> History { get; set; } = [];

    public bool IsOpen => Status is not (ApplicationStatus.Answered or ApplicationStatus.Closed);
}
