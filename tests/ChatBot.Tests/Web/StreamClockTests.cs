using ChatBot.Web.Events;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Web;

/// <summary>The one timer of every stream's waits: each ends on the first whole second at or after it is due.</summary>
public sealed class StreamClockTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private readonly StreamClock _clock;

    public StreamClockTests() => _clock = new StreamClock(_time);

    [Fact]
    public void WaitsDueWithinOneSecondEndTogetherOnItsLastInstantAndNoneEarlier()
    {
        var waits = new[] { 14.2, 14.5, 15.0 }.Select(s => _clock.Delay(TimeSpan.FromSeconds(s), CancellationToken.None)).ToList();

        _time.Advance(TimeSpan.FromSeconds(14.9));
        Assert.DoesNotContain(waits, w => w.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.All(waits, w => Assert.True(w.IsCompletedSuccessfully));
    }

    [Fact]
    public void AWaitShorterThanThosePendingEndsOnTimeAndTheLongerOnesOnTheirs()
    {
        var minute = _clock.Delay(TimeSpan.FromMinutes(1), CancellationToken.None);
        var fifteen = _clock.Delay(TimeSpan.FromSeconds(15), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(15));
        Assert.True(fifteen.IsCompleted);
        Assert.False(minute.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(45));
        Assert.True(minute.IsCompleted);
    }

    [Fact]
    public void AWaitStartedOffTheSecondEndsOnTheNextWholeSecond()
    {
        _time.Advance(TimeSpan.FromSeconds(0.3));
        var wait = _clock.Delay(TimeSpan.FromSeconds(15), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(15.5));
        Assert.False(wait.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        Assert.True(wait.IsCompleted);
    }

    [Fact]
    public void ACancelledWaitEndsAtOnceWithoutAnError()
    {
        using var leaving = new CancellationTokenSource();
        var wait = _clock.Delay(TimeSpan.FromSeconds(15), leaving.Token);

        leaving.Cancel();

        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public void AWaitOfNoTimeEndsOnTheCurrentSecond()
    {
        Assert.True(_clock.Delay(TimeSpan.Zero, CancellationToken.None).IsCompleted);
        Assert.True(_clock.Delay(TimeSpan.FromSeconds(-3), CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void EndedWaitsLeaveTheClockAndAWaitAfterALongQuietStillEnds()
    {
        _clock.Delay(TimeSpan.FromSeconds(15), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(0, _clock.Pending);

        _time.Advance(TimeSpan.FromHours(2));
        var wait = _clock.Delay(TimeSpan.FromSeconds(15), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(15));

        Assert.True(wait.IsCompleted);
    }

    [Fact]
    public void AfterTheClockStopsAWaitEndsOnlyWithItsStream()
    {
        using var leaving = new CancellationTokenSource();
        _clock.Dispose();

        var wait = _clock.Delay(TimeSpan.FromSeconds(15), leaving.Token);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(wait.IsCompleted);

        leaving.Cancel();
        Assert.True(wait.IsCompletedSuccessfully);
    }

    public void Dispose() => _clock.Dispose();
}
