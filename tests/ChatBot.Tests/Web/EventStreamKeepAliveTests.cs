using ChatBot.Web.Events;

namespace ChatBot.Tests.Web;

/// <summary>
/// Keep-alives come from the one stream clock: every stream gets its own on time (15 s after it last wrote, at the
/// next whole second), and the streams due within one second are woken together.
/// </summary>
public sealed class EventStreamKeepAliveTests
{
    [Fact]
    public async Task StreamsDueWithinOneSecondSendTheirKeepAlivesTogetherOnTheWholeSecond()
    {
        using var host = new WebChatHost();
        var client = host.Chat();
        var chat = await client.StartAsync();
        var clock = host.Service<StreamClock>();

        host.Time.Advance(TimeSpan.FromSeconds(0.2));
        using var first = await client.OpenEventsAsync(chat);
        await AsleepAsync(clock, streams: 1);
        host.Time.Advance(TimeSpan.FromSeconds(0.6));
        using var second = await client.OpenEventsAsync(chat);
        await AsleepAsync(clock, streams: 2);
        var keepAlives = Task.WhenAll(first.KeepAliveAsync(), second.KeepAliveAsync());

        // Due at 15.2 s and 15.8 s: neither speaks before 16 s.
        host.Time.Advance(TimeSpan.FromSeconds(15.1));
        await Task.WhenAny(keepAlives, Task.Delay(300));
        Assert.False(keepAlives.IsCompleted, "a keep-alive came before the whole second");

        host.Time.Advance(TimeSpan.FromSeconds(0.1));
        await keepAlives;
    }

    [Fact]
    public async Task EachStreamGetsItsKeepAliveFifteenSecondsAfterItLastWrote()
    {
        using var host = new WebChatHost();
        var client = host.Chat();
        var chat = await client.StartAsync();
        var clock = host.Service<StreamClock>();
        using var early = await client.OpenEventsAsync(chat);
        await AsleepAsync(clock, streams: 1);
        host.Time.Advance(TimeSpan.FromSeconds(7));
        using var late = await client.OpenEventsAsync(chat);
        await AsleepAsync(clock, streams: 2);
        var earlyKeepAlive = early.KeepAliveAsync();
        var lateKeepAlive = late.KeepAliveAsync();

        host.Time.Advance(TimeSpan.FromSeconds(8));
        await earlyKeepAlive;
        await Task.WhenAny(lateKeepAlive, Task.Delay(300));
        Assert.False(lateKeepAlive.IsCompleted, "the later stream's keep-alive came with the earlier one's");

        host.Time.Advance(TimeSpan.FromSeconds(7));
        await lateKeepAlive;
    }

    /// <summary>Until that many streams wait on the clock: each has written its first line and gone to sleep.</summary>
    private static async Task AsleepAsync(StreamClock clock, int streams)
    {
        // Guards against a hang, not a measure of speed.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (clock.Pending < streams)
        {
            await Task.Delay(10, guard.Token);
        }
    }
}
