using System.Text.Json;
using ChatBot.Core.Storage;
using ChatBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// Long polling with confirmation after the work: a batch of updates is handled (its turns committed) before
/// the next <c>getUpdates</c> confirms it with a higher offset. A crash in between re-reads the batch, and the
/// engine drops the updates it already answered. Chats of a batch run in parallel, each in its own order. An update
/// that cannot be read is confirmed with its batch and logged once as a warning: it must not hold up the ones after it.
/// </summary>
internal sealed class LongPolling(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<LongPolling> logger)
{
    private static readonly TimeSpan StoreRetryDelay = TimeSpan.FromSeconds(1);

    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private static readonly string[] AllowedUpdateNames = ["message", "callback_query", "my_chat_member"];

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            JsonElement[] batch;
            try
            {
                var request = new UpdatesAsJsonRequest { Offset = offset, Limit = 100, Timeout = options.Value.PollTimeoutSeconds, AllowedUpdates = AllowedUpdateNames };
                batch = await bot.SendRequest(request, stoppingToken);
                failuresInARow = 0;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                var wait = e is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } seconds }
                    ? TimeSpan.FromSeconds(seconds)
                    : Backoff.After(++failuresInARow);
                logger.LogWarning("Reading Telegram updates failed ({Reason}); trying again in {Seconds:0.##} s", e.Message, wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken);
                continue;
            }

            var received = batch.Select(ReceivedUpdate.Read).ToList();
            foreach (var unreadable in received.Where(r => r.Update is null))
            {
                logger.LogWarning("Telegram update {UpdateId} skipped: it cannot be read ({Reason})", unreadable.Id, unreadable.Unreadable);
            }

            var updates = received.Select(r => r.Update).OfType<Update>().ToList();
            var unhandled = await Task.WhenAll(updates.GroupBy(ChatOf).Select(chat => HandleInOrderAsync(chat, stoppingToken)));
            if (unhandled.Min() is { } firstUnhandled)
            {
                // The database is being reopened: the batch is read again from the first update it could not take
                // (the engine drops those it already answered), after a short wait.
                offset = firstUnhandled;
                await Task.Delay(StoreRetryDelay, time, stoppingToken);
            }
            else if (received.Max(r => r.Id) is { } last)
            {
                offset = last + 1;
            }
            else if (batch.Length > 0)
            {
                // Not one update with an id (Telegram never sends that): nothing can be confirmed, so no busy loop either.
                await Task.Delay(StoreRetryDelay, time, stoppingToken);
            }
        }
    }

    /// <returns>The id of the first update left unhandled because the database was unavailable; null when none was.</returns>
    private async Task<int?> HandleInOrderAsync(IEnumerable<Update> updates, CancellationToken stoppingToken)
    {
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            try
            {
                await handler.HandleAsync(update, stoppingToken);
            }
            catch (StoreUnavailableException)
            {
                return update.Id;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // One update that cannot be handled must not stop every other user: it is logged and passed.
                logger.LogError(e, "Handling Telegram update {UpdateId} failed", update.Id);
            }
        }

        return null;
    }

    /// <summary>
    /// The chat whose order the update keeps. Telegram.Bot leaves fields Telegram always sends null when they are
    /// missing (a forged update, another Bot API server): such an update still gets a chat, and the handler skips it.
    /// </summary>
    private static long ChatOf(Update update) =>
        update.Message?.Chat?.Id ?? update.CallbackQuery?.Message?.Chat?.Id ?? update.CallbackQuery?.From?.Id ?? update.MyChatMember?.Chat?.Id ?? 0;
}
