namespace ChatBot.Telegram;

/// <summary>The <c>Telegram:*</c> configuration section (<c>Telegram__Token</c> and so on in the environment).</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot's token from BotFather; empty turns the channel off.</summary>
    public string? Token { get; set; }

    /// <summary>The Bot API server; empty means the official one. Tests and local Bot API servers set another.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The public HTTPS address of <c>POST /api/telegram/webhook</c>; empty means long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c>; requests without it are refused.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How long one <c>getUpdates</c> call waits for updates (long polling).</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public bool UsesWebhook => Enabled && !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>What is wrong with the settings, in words an operator of the service can act on.</summary>
    public IEnumerable<string> Problems()
    {
        if (!UsesWebhook)
        {
            yield break;
        }

        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return "Telegram:WebhookUrl must be an absolute https:// address (Telegram calls webhooks over HTTPS only)";
        }

        // Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -.
        if (string.IsNullOrEmpty(WebhookSecret) || WebhookSecret.Length > 256 ||
            !WebhookSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            yield return "Telegram:WebhookSecret is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and -";
        }
    }
}
