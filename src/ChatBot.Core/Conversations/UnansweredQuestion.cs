using ChatBot.Core.Inbox;
using ChatBot.Core.Privacy;

namespace ChatBot.Core.Conversations;

/// <summary>
/// A question for the knowledge-base editors: one the bot could not answer, or another signal of the review inbox
/// (<see cref="Signal"/>). The name is the first signal's, which the others joined.
/// </summary>
public sealed class UnansweredQuestion
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    /// <summary>The user's question; empty for a 👎 on an answer to a topic chosen from the menu.</summary>
    [Personal]
    public string Text { get; set; } = "";

    public string Language { get; set; } = "";

    /// <summary>The classifier's best guesses with their probabilities, as "intent:0.31".</summary>
    public List<string> Guesses { get; set; } = [];

    public DateTimeOffset At { get; set; }

    public InboxSignal Signal { get; set; }

    /// <summary>The topic the signal is about: the answer that got a 👎.</summary>
    public string? Topic { get; set; }

    /// <summary>What the operator answered, for a question that led to a handoff.</summary>
    [Personal]
    public string? OperatorAnswer { get; set; }

    public InboxStatus Status { get; set; }

    /// <summary>What editors did with it, oldest first.</summary>
    public List<InboxStep> Trace { get; set; } = [];
}
