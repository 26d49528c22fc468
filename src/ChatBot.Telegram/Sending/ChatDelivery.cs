using System.Globalization;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Sending;

/// <summary>
/// Delivers one chat's pending replies in their order: each is rendered, sent part by part within the rate
/// limits, retried through 429s, 5xx and timeouts for as long as it takes, and marked delivered only once
/// Telegram took it. A 403 marks the chat blocked and drops what is left for it.
/// </summary>
internal sealed class ChatDelivery(
    ITelegramBotClient bot,
    IOutbox outbox,
    IBlockedChats blockedChats,
    SendRateLimiter limiter,
    TimeProvider time,
    ILogger<ChatDelivery> logger)
{
    public async Task DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            await DeliverAsync(item, cancellationToken);
        }
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (item.DeliveredParts == 0 && !outbox.IsPending(item.Id))
        {
            // Withdrawn after the batch was read (an invitation whose user unsubscribed meanwhile).
            return;
        }

        if (blockedChats.IsBlocked(TelegramChannel.Name, item.ChatId))
        {
            outbox.MarkDropped(item.Id, time.GetUtcNow(), OutboxItem.BlockedReason);
            return;
        }

        if (!long.TryParse(item.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            GiveUp(item, new SendFailure(SendFailureKind.Rejected, TimeSpan.Zero, $"'{item.ChatId}' is not a Telegram chat id"));
            return;
        }

        var parts = TelegramRenderer.Render(item.Message);
        for (var part = item.DeliveredParts; part < parts.Count; part++)
        {
            // A message not begun is looked at again once its slot is taken: the wait for it can be long (thousands
            // of announcements at 30 a second), and a stop or an unsubscribe meanwhile must hold it back.
            var withdrawn = part == 0 ? () => !outbox.IsPending(item.Id) : (Func<bool>?)null;
            var (sent, failure) = await SendAsync(chatId, parts[part], withdrawn, cancellationToken);
            if (failure is not null)
            {
                GiveUp(item, failure);
                return;
            }

            if (!sent)
            {
                return;
            }

            if (part < parts.Count - 1)
            {
                outbox.MarkPartsDelivered(item.Id, part + 1);
            }
        }

        outbox.MarkDelivered(item.Id, time.GetUtcNow());
    }

    /// <returns>Sent once Telegram took the message; the failure when it never will; neither when it was withdrawn.</returns>
    private async Task<(bool Sent, SendFailure? Failure)> SendAsync(long chatId, RenderedPart part, Func<bool>? withdrawn, CancellationToken cancellationToken)
    {
        var failuresInARow = 0;
        while (true)
        {
            await limiter.TakeAsync(chatId, cancellationToken);
            if (withdrawn?.Invoke() == true)
            {
                return (false, null);
            }

            try
            {
                await SendPartAsync(chatId, part, cancellationToken);
                return (true, null);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var failure = SendFailure.Of(e);
                switch (failure.Kind)
                {
                    case SendFailureKind.FloodWait:
                        logger.LogWarning("Telegram asks to slow down: waiting {Seconds} s before sending again", failure.RetryAfter.TotalSeconds);
                        limiter.PauseAll(failure.RetryAfter);
                        break;
                    case SendFailureKind.Transient:
                        var backoff = Backoff.After(++failuresInARow);
                        logger.LogWarning("Sending to Telegram chat {ChatId} failed ({Reason}); trying again in {Seconds:0.##} s", chatId, failure.Reason, backoff.TotalSeconds);
                        await Task.Delay(backoff, time, cancellationToken);
                        break;
                    default:
                        return (false, failure);
                }
            }
        }
    }

    private async Task SendPartAsync(long chatId, RenderedPart part, CancellationToken cancellationToken)
    {
        if (part.Document is { } document)
        {
            // A fresh stream per attempt: a retried upload must start from the first byte.
            using var content = new MemoryStream(document.Content, writable: false);
            await bot.SendDocument(chatId, InputFile.FromStream(content, document.FileName), cancellationToken: cancellationToken);
            return;
        }

        await bot.SendMessage(chatId, part.Html, parseMode: ParseMode.Html, replyMarkup: part.Keyboard, cancellationToken: cancellationToken);
    }

    private void GiveUp(OutboxItem item, SendFailure failure)
    {
        var now = time.GetUtcNow();
        if (failure.Kind == SendFailureKind.Blocked)
        {
            logger.LogInformation("Telegram chat {ChatId} blocked the bot; nothing more is sent there until the user writes again", item.ChatId);
            blockedChats.MarkBlocked(TelegramChannel.Name, item.ChatId, now);
        }
        else
        {
            logger.LogError("Telegram refused a reply to chat {ChatId} for good: {Reason}", item.ChatId, failure.Reason);
        }

        // A block keeps one reason to begin with, so the announcements can tell it from other refusals.
        outbox.MarkDropped(item.Id, now, failure.Kind == SendFailureKind.Blocked ? $"{OutboxItem.BlockedReason}: {failure.Reason}" : failure.Reason);
    }
}
