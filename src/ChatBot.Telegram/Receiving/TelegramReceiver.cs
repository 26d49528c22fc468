using ChatBot.Core.Concurrency;
using ChatBot.Telegram.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Receiving;

/// <summary>The channel's start-up: set the bot up in Telegram, then poll for updates unless a webhook brings them.</summary>
internal sealed class TelegramReceiver(BotSetup setup, LongPolling polling, IOptions<TelegramOptions> options,
    IHostRoles? roles = null) : BackgroundService
{
    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.TelegramPolling, WorkAsync, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await setup.RunAsync(stoppingToken);
        if (!options.Value.UsesWebhook)
        {
            await polling.RunAsync(stoppingToken);
        }
    }
}
