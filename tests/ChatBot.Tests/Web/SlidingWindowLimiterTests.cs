using ChatBot.Web.Limits;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Web;

public sealed class SlidingWindowLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AKeyGetsItsLimitInAnySixtySecondsAndIsToldWhenTheOldestLeaves()
    {
        var limiter = new SlidingWindowLimiter(2, _time);

        Assert.True(limiter.TryAcquire("a", out _));
        _time.Advance(TimeSpan.FromSeconds(45));
        Assert.True(limiter.TryAcquire("a", out _));
        Assert.False(limiter.TryAcquire("a", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(15), retryAfter);
        Assert.True(limiter.TryAcquire("b", out _));

        _time.Advance(TimeSpan.FromSeconds(15));
        Assert.True(limiter.TryAcquire("a", out _));
        Assert.False(limiter.TryAcquire("a", out _));
    }

    [Fact]
    public void ARefusedAttemptDoesNotCountAgainstTheKey()
    {
        var limiter = new SlidingWindowLimiter(1, _time);
        Assert.True(limiter.TryAcquire("a", out _));
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.False(limiter.TryAcquire("a", out _));
        }

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(limiter.TryAcquire("a", out _));
    }

    [Fact]
    public void ZeroMeansNoLimit()
    {
        var limiter = new SlidingWindowLimiter(0, _time);

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(limiter.TryAcquire("a", out TimeSpan _)));
    }
}
