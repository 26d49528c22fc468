namespace ChatBot.Core.Inbox;

/// <summary>Why a question came to the editors' review inbox.</summary>
public enum InboxSignal
{
    /// <summary>The bot did not understand it (a fallback, or off-topic by the classifier's reading).</summary>
    NotUnderstood,

    /// <summary>The top two topics were nearly tied, so the bot asked which was meant.</summary>
    NearTie,

    /// <summary>The user pressed "none of these" under the clarification buttons.</summary>
    NoneOfThese,

    /// <summary>The user pressed 👎 under an answer.</summary>
    ThumbsDown,

    /// <summary>The question led to a handoff, and an operator answered it.</summary>
    Handoff,
}
