using ChatBot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Telegram.Sending;

/// <summary>The limiter on a fake clock: the waits it asks for are exact.</summary>
public sealed class SendRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    private SendRateLimiter Limiter() => new(_time);

    [Fact]
    public void AChatGetsAShortBurstThenOneMessageASecond()
    {
        var limiter = Limiter();

        var waits = Enumerable.Range(0, 4).Select(_ => limiter.TryTake(1)).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1)], waits);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.TryTake(1));
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryTake(1));
    }

    [Fact]
    public void AChatWaitingForItsTurnDoesNotSlowDownOtherChats()
    {
        var limiter = Limiter();
        for (var i = 0; i < 10; i++)
        {
            limiter.TryTake(1);
        }

        Assert.Equal(TimeSpan.Zero, limiter.TryTake(2));
    }

    [Fact]
    public void TheWholeBotSendsAtMostThirtyMessagesASecond()
    {
        var limiter = Limiter();
        var first30 = Enumerable.Range(1, 30).Select(chat => limiter.TryTake(chat)).ToList();

        Assert.All(first30, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromSeconds(1.0 / 30), limiter.TryTake(31));
    }

    [Fact]
    public void AChatThatWasQuietCanBurstAgain()
    {
        var limiter = Limiter();
        for (var i = 0; i < 3; i++)
        {
            limiter.TryTake(1);
        }

        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.All(Enumerable.Range(0, 3).Select(_ => limiter.TryTake(1)), wait => Assert.Equal(TimeSpan.Zero, wait));
    }

    [Fact]
    public void FloodControlPausesEveryChatForRetryAfter()
    {
        var limiter = Limiter();

        limiter.PauseAll(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), limiter.TryTake(1));
        Assert.Equal(TimeSpan.FromSeconds(7), limiter.TryTake(2));
        _time.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.Zero, limiter.TryTake(3));
    }
}
