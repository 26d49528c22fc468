namespace ChatBot.Core.Sessions;

/// <summary>
/// How one conversation-session ended, exactly one per session so that the reports' shares add up to 100 %. When a
/// session saw several of these, the first that applies in this order wins: handed to an operator, clarified and
/// answered, answered by the bot, not understood, abandoned.
/// </summary>
public enum SessionResult
{
    /// <summary>The bot answered (a topic, or a flow completed) and no clarification was needed.</summary>
    AnsweredByBot,

    /// <summary>The bot asked which topic was meant, and then answered.</summary>
    ClarifiedAndAnswered,

    /// <summary>The bot did not understand and never answered in this session.</summary>
    NotUnderstood,

    /// <summary>The user asked for a person, or accepted one when offered.</summary>
    HandedToOperator,

    /// <summary>The user went quiet before any answer: a greeting only, or a flow left half-way.</summary>
    Abandoned,
}
