namespace ChatBot.Core.Conversations;

/// <summary>What changed in a conversation, so that a listener can keep to the changes it shows.</summary>
public enum ConversationChange
{
    /// <summary>Messages for the user were queued: outside the user's own turn (a reminder, an invitation), or by a channel's turn.</summary>
    Replies,

    /// <summary>The conversation joined, moved in or left the operators' queue, an operator acted on it, or the user wrote while in it.</summary>
    Handoff,
}

/// <summary>One published change.</summary>
public readonly record struct ConversationEvent(string ConversationId, ConversationChange Change);
