namespace ChatBot.Core.Understanding;

/// <summary>What the bot does with a message it classified.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    /// <summary>Confident enough: act on this intent.</summary>
    public sealed record Accept(IntentScore Top) : Decision;

    /// <summary>A near tie or middling confidence: ask which of these was meant.</summary>
    public sealed record Clarify(IReadOnlyList<IntentScore> Suggestions) : Decision;

    /// <summary>Nothing fits: say so honestly and record the question.</summary>
    public sealed record Fallback(IReadOnlyList<IntentScore> Guesses) : Decision;
}
