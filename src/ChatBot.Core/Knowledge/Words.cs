namespace ChatBot.Core.Knowledge;

/// <summary>
/// Every word list the engine reads, by meaning. A word has one meaning only (the loader checks it), so
/// where two meanings are accepted at once (a "no" or a "cancel" declines /forget) no word is ambiguous.
/// </summary>
public sealed class Words(IReadOnlyDictionary<string, WordList> lists)
{
    /// <summary>The lists words.yaml must hold, each with Russian and Kazakh words.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["yes", "no", "back", "cancel", "skip", "done", "change", "subscribe", "unsubscribe", "more"];

    /// <summary>Agreement: a consent or a confirmation, /forget confirmed, known details kept.</summary>
    public WordList Yes { get; } = lists["yes"];

    /// <summary>Refusal: a consent declined, /forget declined, known details to be changed.</summary>
    public WordList No { get; } = lists["no"];

    /// <summary>The previous question of a flow.</summary>
    public WordList Back { get; } = lists["back"];

    /// <summary>Leave the flow; also declines /forget.</summary>
    public WordList Cancel { get; } = lists["cancel"];

    /// <summary>Skip an optional question.</summary>
    public WordList Skip { get; } = lists["skip"];

    /// <summary>End a multiple choice.</summary>
    public WordList Done { get; } = lists["done"];

    /// <summary>Change the details the bot already knows, besides a plain "no".</summary>
    public WordList Change { get; } = lists["change"];

    public WordList Subscribe { get; } = lists["subscribe"];

    public WordList Unsubscribe { get; } = lists["unsubscribe"];

    /// <summary>The full answer, right after a short one.</summary>
    public WordList More { get; } = lists["more"];
}
