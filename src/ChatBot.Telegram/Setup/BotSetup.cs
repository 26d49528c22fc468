using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Setup;

/// <summary>
/// What the bot tells Telegram at start-up: its command menu in Russian and Kazakh (Russian for every other
/// app language), and where updates go (the webhook, or none so that long polling works).
/// </summary>
internal sealed class BotSetup(
    ITelegramBotClient bot,
    ConversationEngine engine,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<BotSetup> logger)
{
    private const int Attempts = 5;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await TryAsync("register the command menu", RegisterCommandsAsync, cancellationToken);
        var settings = options.Value;
        if (settings.UsesWebhook)
        {
            await TryAsync(
                "set the webhook",
                ct => bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: LongPolling.AllowedUpdates, secretToken: settings.WebhookSecret, cancellationToken: ct),
                cancellationToken);
            logger.LogInformation("Telegram channel on: updates arrive at the webhook {Url}", settings.WebhookUrl);
        }
        else
        {
            // A webhook left set by an earlier deployment would make getUpdates fail with 409.
            await TryAsync("remove a webhook", ct => bot.DeleteWebhook(cancellationToken: ct), cancellationToken);
            logger.LogInformation("Telegram channel on: long polling");
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        foreach (var (code, language) in new (string?, Language)[] { (null, Language.Ru), ("ru", Language.Ru), ("kk", Language.Kk) })
        {
            var commands = TextKeys.MenuCommands
                .Select(command => new BotCommand
                {
                    Command = command,
                    Description = engine.Knowledge.Texts.Get(TextKeys.CommandPrefix + command, language),
                })
                .ToList();
            await bot.SetMyCommands(commands, BotCommandScope.Default(), code, cancellationToken);
        }
    }

    /// <summary>A few tries with backoff; the bot still serves users if Telegram keeps refusing (it is logged).</summary>
    private async Task TryAsync(string what, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call(cancellationToken);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt == Attempts)
                {
                    logger.LogError(e, "Could not {What} in Telegram", what);
                    return;
                }

                await Task.Delay(Backoff.After(attempt), time, cancellationToken);
            }
        }
    }
}
