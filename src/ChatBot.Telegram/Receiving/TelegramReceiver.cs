using ChatBot.Telegram.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Receiving;

/// <summary>The channel's start-up: set the bot up in Telegram, then poll for updates unless a webhook brings them.</summary>
internal sealed class TelegramReceiver(BotSetup setup, LongPolling polling, IOptions<TelegramOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await setup.RunAsync(stoppingToken);
        if (!options.Value.UsesWebhook)
        {
            await polling.RunAsync(stoppingToken);
        }
    }
}
