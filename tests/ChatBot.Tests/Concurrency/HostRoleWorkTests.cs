using ChatBot.Core.Concurrency;

namespace ChatBot.Tests.Concurrency;

public sealed class HostRoleWorkTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WorkStoppedByALostRoleStartsAgainOnceTheRoleIsTakenAgain()
    {
        var roles = new LosableRoles();
        var starts = 0;
        using var stop = new CancellationTokenSource();
        var running = roles.RunWhileHeldAsync("jobs", async token =>
        {
            Interlocked.Increment(ref starts);
            await Task.Delay(Timeout.Infinite, token);
        }, stop.Token);

        await WaitUntil(() => Volatile.Read(ref starts) == 1);
        roles.LoseCurrent();
        await WaitUntil(() => Volatile.Read(ref starts) == 2);
        Assert.Equal(2, roles.Taken);

        await stop.CancelAsync();
        await running.WaitAsync(Long);
    }

    [Fact]
    public async Task WorkThatEndsOfItselfIsNotStartedAgain()
    {
        var roles = new LosableRoles();
        var starts = 0;

        await roles.RunWhileHeldAsync("jobs", _ =>
        {
            starts++;
            return Task.CompletedTask;
        }, CancellationToken.None).WaitAsync(Long);

        Assert.Equal(1, starts);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Long;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true in time");
            await Task.Delay(10);
        }
    }

    private sealed class LosableRoles : IHostRoles
    {
        private CancellationTokenSource? _current;

        public int Taken { get; private set; }

        public void LoseCurrent() => _current!.Cancel();

        public Task<IRoleHold> TakeAsync(string role, CancellationToken cancellationToken)
        {
            Taken++;
            _current = new CancellationTokenSource();
            return Task.FromResult<IRoleHold>(new Hold(_current));
        }

        private sealed class Hold(CancellationTokenSource lost) : IRoleHold
        {
            public CancellationToken Lost => lost.Token;

            public void Dispose()
            {
            }
        }
    }
}
