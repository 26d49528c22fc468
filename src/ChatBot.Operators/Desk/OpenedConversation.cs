using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;

namespace ChatBot.Operators.Desk;

/// <summary>What an operator sees of a conversation: its state, its handoff, the transcript and the notes.</summary>
public sealed record OpenedConversation(
    Conversation Conversation, HandoffRecord? Handoff, IReadOnlyList<TranscriptEntry> Transcript, IReadOnlyList<OperatorNote> Notes);
