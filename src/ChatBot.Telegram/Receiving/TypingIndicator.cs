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
        var wait = FirstAfter;
        while (await Task.WhenAny(work, Task.Delay(wait, time, done.Token)) != work)
        {
            try
            {
                await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: done.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug(e, "The typing action for chat {ChatId} failed", chatId);
            }

            wait = RenewEvery;
        }

        await done.CancelAsync();
        return await work;
    }
}
