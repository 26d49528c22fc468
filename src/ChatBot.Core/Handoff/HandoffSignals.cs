namespace ChatBot.Core.Handoff;

/// <summary>
/// Says that a conversation in an operator's hands (or waiting for one) changed: the user wrote, or joined or
/// left the queue. The operator console listens, so that a new message appears without a reload.
/// </summary>
public sealed class HandoffSignals
{
    public event Action<string>? Changed;

    public void Raise(string conversationId) => Changed?.Invoke(conversationId);
}
