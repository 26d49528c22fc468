using ChatBot.Core.Concurrency;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Sending;

/// <summary>
/// Drains the Telegram outbox: one delivery at a time per chat (so a chat's replies keep their order and a
/// slow chat holds up no other), all chats in parallel within the rate limits. Woken by every change of a
/// Telegram conversation published on <see cref="ConversationEvents"/> (a turn, an operator's reply, a reminder),
/// and it looks by itself every second for replies written elsewhere; on start it resumes what a previous run left unsent.
/// </summary>
internal sealed class OutboxSender(
    IOutbox outbox,
    ChatDelivery delivery,
    ConversationEvents events,
    HeldChats heldChats,
    TimeProvider time,
    ILogger<OutboxSender> logger,
    IHostRoles? roles = null) : BackgroundService
{
    private const int Batch = 500;
    private static readonly TimeSpan LookInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterAnError = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Task> _deliveries = [];
    private readonly Dictionary<string, DateTimeOffset> _resting = [];

    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.TelegramOutbox, WorkAsync, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        using var changes = events.ListenAll(e => e.ConversationId.StartsWith(TelegramChannel.Name + ":", StringComparison.Ordinal));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // What was published so far is in the outbox now; a change published from here on wakes the wait below.
                while (changes.Reader.TryRead(out _))
                {
                }

                CollectFinished();
                StartDeliveries(stoppingToken);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny([changes.Reader.WaitToReadAsync(wait.Token).AsTask(), Task.Delay(LookInterval, time, wait.Token), .. _deliveries.Values]);
                await wait.CancelAsync();
            }
        }
        finally
        {
            // Sends cut short by the stop stay in the outbox; the next start sends them.
            await Task.WhenAll(_deliveries.Values).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void CollectFinished()
    {
        foreach (var (chatId, task) in _deliveries.Where(d => d.Value.IsCompleted).ToList())
        {
            _deliveries.Remove(chatId);
            if (task.Exception?.GetBaseException() is StoreUnavailableException)
            {
                // The database logged its failure once and is reopening: the chat just rests.
                _resting[chatId] = time.GetUtcNow() + AfterAnError;
            }
            else if (task.Exception is { } error)
            {
                // An unexpected fault (the database, say): that chat rests a little instead of failing in a loop.
                logger.LogError(error.GetBaseException(), "Delivering to Telegram chat {ChatId} failed; it is tried again", chatId);
                _resting[chatId] = time.GetUtcNow() + AfterAnError;
            }
        }
    }

    private void StartDeliveries(CancellationToken stoppingToken)
    {
        IReadOnlyList<OutboxItem> pending;
        try
        {
            pending = outbox.Pending(TelegramChannel.Name, Batch);
        }
        catch (StoreUnavailableException)
        {
            return;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Reading the Telegram outbox failed");
            return;
        }

        var now = time.GetUtcNow();
        foreach (var chat in pending.GroupBy(item => item.ChatId))
        {
            // A held chat is woken again when its hold ends (the turn's handler publishes a change).
            if (_deliveries.ContainsKey(chat.Key) || heldChats.IsHeld(chat.Key) || (_resting.TryGetValue(chat.Key, out var until) && until > now))
            {
                continue;
            }

            _resting.Remove(chat.Key);
            var items = chat.ToList();
            _deliveries[chat.Key] = Task.Run(() => delivery.DeliverAsync(items, stoppingToken), CancellationToken.None);
        }
    }
}
