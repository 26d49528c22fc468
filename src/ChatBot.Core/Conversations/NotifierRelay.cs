namespace ChatBot.Core.Conversations;

/// <summary>
/// A notifier made before the one it passes to exists: stores are built with the runtime, the web chat's signals
/// later with the web host, which attaches them here.
/// </summary>
public sealed class NotifierRelay : IConversationNotifier
{
    private IConversationNotifier? _target;

    public void Attach(IConversationNotifier target) => Volatile.Write(ref _target, target);

    public void Notify(string conversationId) => Volatile.Read(ref _target)?.Notify(conversationId);
}
