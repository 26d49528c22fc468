using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Receiving;

/// <summary>Shows "typing…" in the chat while a turn takes longer than a moment, renewed before it fades.</summary>
internal sealed class TypingIndicator(ITelegramBotClient bot, TimeProvider time, ILogger<TypingIndicator> logger)
{
    private static readonly TimeSpan FirstAfter = TimeSpan.FromSeconds(1);

    /// <summary>Telegram shows a chat action for five seconds.</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(4);

    public async Task<T> WhileAsync<T>(long chatId, Task<T> work, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var actions = new List<Task>();
        var wait = FirstAfter;
        while (await Task.WhenAny(work, Task.Delay(wait, time, done.Token)) != work && !done.IsCancellationRequested)
        {
            // Not awaited: a slow Bot API must not hold up the turn that the action is about.
            actions.Add(SendTypingAsync(chatId, done.Token));
            wait = RenewEvery;
        }

        await done.CancelAsync();
        await Task.WhenAll(actions);
        return await work;
    }

    private async Task SendTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);
        }
        catch (Exception e)
        {
            // Only a nicety: a failed or cut-off action changes nothing for the reply.
            logger.LogDebug(e, "The typing action for chat {ChatId} failed", chatId);
        }
    }
}
