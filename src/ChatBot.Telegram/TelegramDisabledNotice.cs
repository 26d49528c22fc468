using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram;

/// <summary>Says once, at start-up, that the channel is off and how to turn it on.</summary>
internal sealed class TelegramDisabledNotice(ILogger<TelegramDisabledNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Telegram channel off: Telegram:Token is empty (set Telegram__Token to turn it on)");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
