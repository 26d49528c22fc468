using Telegram.Bot;

namespace ChatBot.Telegram;

internal static class TelegramClientFactory
{
    public static ITelegramBotClient Create(TelegramOptions options)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;

        // The outbox sender honours 429 itself, for every chat at once; the client must not wait on its own.
        var clientOptions = new TelegramBotClientOptions(options.Token!, baseUrl) { RetryThreshold = 0, RetryCount = 0 };

        // Long enough for a long poll plus its answer; a send that hangs longer is retried.
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 30) };
        return new TelegramBotClient(clientOptions, http);
    }
}
