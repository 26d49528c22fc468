namespace ChatBot.Telegram.Sending;

/// <summary>
/// Chats whose replies wait a moment: the message under a pressed button is being edited, and the user should
/// see their choice marked before the answer arrives under it.
/// </summary>
internal sealed class HeldChats
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _holds = [];

    public bool IsHeld(string chatId)
    {
        lock (_lock)
        {
            return _holds.ContainsKey(chatId);
        }
    }

    /// <summary>Holds the chat until the returned handle is disposed; holds of one chat may overlap.</summary>
    public IDisposable Hold(string chatId)
    {
        lock (_lock)
        {
            _holds[chatId] = _holds.GetValueOrDefault(chatId) + 1;
        }

        return new Release(this, chatId);
    }

    private void Let(string chatId)
    {
        lock (_lock)
        {
            if (--_holds[chatId] == 0)
            {
                _holds.Remove(chatId);
            }
        }
    }

    private sealed class Release(HeldChats chats, string chatId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                chats.Let(chatId);
            }
        }
    }
}
