using ChatBot.Core.Privacy;

namespace ChatBot.Core.Flows;

/// <summary>
/// The answers of one pass through a flow. It names no conversation or user: personal answers
/// (contacts) go to <see cref="FlowContact"/>, so the survey data stays anonymous.
/// </summary>
public sealed class FlowResponse
{
    public string Id { get; set; } = "";

    public string FlowId { get; set; } = "";

    public string Version { get; set; } = "";

    /// <summary>"2026" for a yearly flow, "2026-03" for a monthly one.</summary>
    public string Period { get; set; } = "";

    public string Channel { get; set; } = "";

    public string Language { get; set; } = "";

    public FlowResponseStatus Status { get; set; }

    /// <summary>The step the respondent was at last: where a partial response dropped off.</summary>
    public string LastStepId { get; set; } = "";

    [Personal]
    public Dictionary<string, string> Answers { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum FlowResponseStatus
{
    InProgress,
    Completed,
    Cancelled,

    /// <summary>Left because the flow file changed under the respondent.</summary>
    Restarted,
}

/// <summary>Personal answers (phone, e-mail, name) given with consent, kept apart from the answers.</summary>
public sealed class FlowContact
{
    public string Id { get; set; } = "";

    public string ResponseId { get; set; } = "";

    public string FlowId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    [Personal]
    public Dictionary<string, string> Values { get; set; } = [];

    public DateTimeOffset At { get; set; }
}

/// <summary>That a respondent completed a flow in a period; its id is flow|period|respondent.</summary>
public sealed class FlowParticipation
{
    public string Id { get; set; } = "";

    public DateTimeOffset CompletedAt { get; set; }

    public static string Key(string flowId, string period, string respondent) => $"{flowId}|{period}|{respondent}";
}

/// <summary>What a turn writes about flows, committed with the rest of the turn.</summary>
public sealed class FlowWrites
{
    public List<FlowResponse> Responses { get; } = [];

    public List<FlowContact> Contacts { get; } = [];

    public List<FlowParticipation> Participations { get; } = [];

    public bool Any => Responses.Count + Contacts.Count + Participations.Count > 0;
}
