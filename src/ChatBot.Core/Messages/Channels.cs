namespace ChatBot.Core.Messages;

/// <summary>
/// The names of the channels a message comes through. A conversation's id starts with its channel's name
/// (<c>telegram:42</c>), and stored conversations, outbox items and blocked chats hold it: never rename one.
/// </summary>
public static class Channels
{
    public const string Telegram = "telegram";

    /// <summary>The chat widget on the Chamber's site.</summary>
    public const string Web = "web";

    /// <summary><c>chatbot chat</c> in a terminal, for trying the bot out.</summary>
    public const string Terminal = "terminal";

    /// <summary>
    /// Whether users can send files through the channel: Telegram can; the widget and the terminal cannot, so a form's
    /// attachment step tells them so and moves on.
    /// </summary>
    public static bool TakesFiles(string channel) => channel == Telegram;
}
