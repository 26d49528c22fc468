using ChatBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Pressing;

/// <summary>
/// Applies a <see cref="PressEdit"/> to the message under a pressed button. Only a nicety: an error (the message
/// is too old to edit, "message is not modified", the bot blocked) is logged at debug level and the turn goes on.
/// </summary>
internal sealed class PressMarker(ITelegramBotClient bot, SendRateLimiter limiter, TimeProvider time, ILogger<PressMarker> logger)
{
    /// <summary>The turn's answer waits for the edit, so a Bot API that hangs must not hold it up for long.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(10);

    public async Task MarkAsync(long chatId, Message? pressedOn, string data, CancellationToken cancellationToken)
    {
        var edit = PressEdit.For(pressedOn, data);
        if (edit is PressEdit.None || pressedOn is null)
        {
            return;
        }

        using var giveUp = new CancellationTokenSource(GiveUpAfter, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, giveUp.Token);
        try
        {
            // An edit counts against the chat's sending limits like a message does.
            await limiter.TakeAsync(chatId, linked.Token);

            await (edit switch
            {
                PressEdit.TextAndKeyboard marked => bot.EditMessageText(
                    chatId, pressedOn.Id, marked.Text, entities: marked.Entities, replyMarkup: marked.Links, cancellationToken: linked.Token),
                PressEdit.KeyboardOnly keyboard => bot.EditMessageReplyMarkup(chatId, pressedOn.Id, keyboard.Links, cancellationToken: linked.Token),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (SendFailure.Of(e) is { Kind: SendFailureKind.FloodWait } flood)
            {
                // Flood control is per bot: the sends that follow wait too, this edit is not tried again.
                limiter.PauseAll(flood.RetryAfter);
            }

            logger.LogDebug(e, "Editing message {MessageId} in chat {ChatId} after a press failed; the answer is sent all the same", pressedOn.Id, chatId);
        }
    }
}
