namespace ChatBot.Telegram.Sending;

/// <summary>
/// Telegram's sending limits as two rate buckets: about one message a second per chat (a burst of a few is
/// allowed) and thirty a second for the whole bot. <see cref="TryTake"/> takes a slot now or says how long to
/// wait; slots are never booked ahead, so a chat waiting for its turn holds up no other. A 429 pauses everything
/// for its <c>retry_after</c>.
/// </summary>
/// <remarks>Each bucket is kept as a "theoretical arrival time" (the generic cell rate algorithm).</remarks>
internal sealed class SendRateLimiter(TimeProvider time, SendRateLimiter.Limits limits)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, DateTimeOffset> _chats = [];
    private DateTimeOffset _global = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public SendRateLimiter(TimeProvider time)
        : this(time, Limits.Telegram)
    {
    }

    /// <summary>Takes a slot to send to this chat now, if both buckets have one.</summary>
    /// <returns>Zero when the slot is taken; otherwise how long to wait before asking again (nothing is booked).</returns>
    public TimeSpan TryTake(long chatId)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var chat = _chats.GetValueOrDefault(chatId, DateTimeOffset.MinValue);
            var allowedAt = Max(_pausedUntil, Earliest(chat, limits.PerChatInterval, limits.PerChatBurst), Earliest(_global, limits.GlobalInterval, limits.GlobalBurst));
            if (allowedAt > now)
            {
                return allowedAt - now;
            }

            _chats[chatId] = Max(chat, now) + limits.PerChatInterval;
            _global = Max(_global, now) + limits.GlobalInterval;
            Forget(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Waits, asking again each time it is told to, until a slot to send to this chat is taken.</summary>
    public async Task TakeAsync(long chatId, CancellationToken cancellationToken)
    {
        for (var wait = TryTake(chatId); wait > TimeSpan.Zero; wait = TryTake(chatId))
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void PauseAll(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            _pausedUntil = Max(_pausedUntil, time.GetUtcNow() + retryAfter);
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset arrival, TimeSpan interval, int burst) =>
        arrival == DateTimeOffset.MinValue ? arrival : arrival - (interval * (burst - 1));

    private static DateTimeOffset Max(params ReadOnlySpan<DateTimeOffset> values)
    {
        var max = DateTimeOffset.MinValue;
        foreach (var value in values)
        {
            max = value > max ? value : max;
        }

        return max;
    }

    /// <summary>Chats whose bucket is full again need no entry: the dictionary stays as small as the active chats.</summary>
    private void Forget(DateTimeOffset now)
    {
        if (_chats.Count < 1024)
        {
            return;
        }

        foreach (var (chatId, arrival) in _chats.ToList())
        {
            if (arrival <= now)
            {
                _chats.Remove(chatId);
            }
        }
    }

    public sealed record Limits(TimeSpan PerChatInterval, int PerChatBurst, TimeSpan GlobalInterval, int GlobalBurst)
    {
        public static Limits Telegram { get; } = new(TimeSpan.FromSeconds(1), 3, TimeSpan.FromSeconds(1.0 / 30), 30);
    }
}
