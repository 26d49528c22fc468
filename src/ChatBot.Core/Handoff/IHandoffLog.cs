namespace ChatBot.Core.Handoff;

/// <summary>The handoff records; written with the turn or operator action that changes them.</summary>
public interface IHandoffLog
{
    HandoffRecord? Find(string id);

    /// <summary>Whether the conversation was ever handed to operators (has a record, open or ended).</summary>
    bool WasHandedOff(string conversationId);

    /// <summary>How many conversations wait for an operator now.</summary>
    int WaitingCount();

    /// <summary>Every record, oldest first, for reports.</summary>
    IReadOnlyList<HandoffRecord> All();

    /// <summary>Conversations waiting for an operator or held by one.</summary>
    IReadOnlyList<Conversations.Conversation> OpenConversations();
}
