using ChatBot.Core.Concurrency;

namespace ChatBot.Telegram.Sending;

/// <summary>
/// Chats whose replies wait a moment: the message under a pressed button is being edited, and the user should
/// see their choice marked before the answer arrives under it.
/// </summary>
internal sealed class HeldChats
{
    private readonly OverlappingHolds _holds = new();

    public bool IsHeld(string chatId) => _holds.IsHeld(chatId);

    /// <summary>Holds the chat until the returned handle is disposed; holds of one chat may overlap.</summary>
    public IDisposable Hold(string chatId) => _holds.Hold(chatId);
}
