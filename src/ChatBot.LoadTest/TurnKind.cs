namespace ChatBot.LoadTest;

/// <summary>The rows of the report: every turn is counted under one of these.</summary>
public enum TurnKind
{
    /// <summary>A new conversation: its greeting is a turn of the engine.</summary>
    Start,

    Faq,

    Survey,

    Enroll,

    /// <summary><c>GET /health</c>, the ceiling: the same generator against the service's most trivial answer.</summary>
    Health,
}
