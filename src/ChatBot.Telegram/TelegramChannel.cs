namespace ChatBot.Telegram;

internal static class TelegramChannel
{
    /// <summary>The channel name of Telegram conversations: their id is <c>telegram:{chat id}</c>.</summary>
    public const string Name = Core.Messages.Channels.Telegram;

    public const string WebhookPath = "/api/telegram/webhook";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
}
