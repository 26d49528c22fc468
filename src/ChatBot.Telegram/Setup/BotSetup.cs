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
/// What the bot tells Telegram at start-up: its command menu, description (the empty chat's "What can this bot do?")
/// and short description (the profile, a shared link) in Russian and Kazakh (Russian for every other app language),
/// the menu button as the command list, and where updates go (the webhook, or none so that long polling works).
/// Each is idempotent: the descriptions and the menu button are read first and written only when they differ, so a
/// restart changes nothing and spends none of Telegram's limits on these rarely allowed calls.
/// </summary>
internal sealed class BotSetup(
    ITelegramBotClient bot,
    ConversationEngine engine,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<BotSetup> logger)
{
    private const int Attempts = 5;

    /// <summary>
    /// The two languages the bot speaks, then the default (<c>null</c>: every app language without its own). The
    /// dedicated ones go first: Telegram answers a language without its own description with the default one, so
    /// were the default set first, Russian would read as already set and never get its own.
    /// </summary>
    private static readonly (string? Code, Language Language)[] Languages = [("ru", Language.Ru), ("kk", Language.Kk), (null, Language.Ru)];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await TryAsync("register the command menu", RegisterCommandsAsync, cancellationToken);
        await TryAsync("set the description", SetDescriptionsAsync, cancellationToken);
        await TryAsync("set the short description", SetShortDescriptionsAsync, cancellationToken);
        await TryAsync("set the menu button", SetMenuButtonAsync, cancellationToken);
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
        foreach (var (code, language) in Languages)
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

    private async Task SetDescriptionsAsync(CancellationToken cancellationToken)
    {
        foreach (var (code, language) in Languages)
        {
            var wanted = engine.Knowledge.Texts.Get(TextKeys.TelegramDescription, language).Trim();
            var current = await bot.GetMyDescription(code, cancellationToken);
            if (current.Description != wanted)
            {
                await bot.SetMyDescription(wanted, code, cancellationToken);
            }
        }
    }

    private async Task SetShortDescriptionsAsync(CancellationToken cancellationToken)
    {
        foreach (var (code, language) in Languages)
        {
            var wanted = engine.Knowledge.Texts.Get(TextKeys.TelegramShortDescription, language).Trim();
            var current = await bot.GetMyShortDescription(code, cancellationToken);
            if (current.ShortDescription != wanted)
            {
                await bot.SetMyShortDescription(wanted, code, cancellationToken);
            }
        }
    }

    /// <summary>The button beside the input field opens the command list (the default for every chat, no chat id).</summary>
    private async Task SetMenuButtonAsync(CancellationToken cancellationToken)
    {
        if (await bot.GetChatMenuButton(null, cancellationToken) is not MenuButtonCommands)
        {
            await bot.SetChatMenuButton(null, new MenuButtonCommands(), cancellationToken);
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
