namespace ChatBot.Core.Sessions;

/// <summary>
/// The conversation's current session, kept on the conversation between turns and folded into a
/// <see cref="SessionOutcome"/> when it ends. It holds no personal data: topics, flows and flags only.
/// </summary>
public sealed class SessionState
{
    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    public int Messages { get; set; }

    /// <summary>The conversation's source when the session started (docs/reports.md, "Traffic source").</summary>
    public string? Source { get; set; }

    /// <summary>The FAQ topics answered, in the order first answered.</summary>
    public List<string> Topics { get; set; } = [];

    public List<string> CompletedFlows { get; set; } = [];

    /// <summary>The bot answered a topic or a flow was completed.</summary>
    public bool Answered { get; set; }

    /// <summary>The bot showed clarification buttons ("did you mean…").</summary>
    public bool Clarified { get; set; }

    /// <summary>The bot said it did not understand.</summary>
    public bool FellBack { get; set; }

    /// <summary>The conversation waited for or was held by an operator in this session.</summary>
    public bool HandedOff { get; set; }

    public string? HandoffId { get; set; }
}
