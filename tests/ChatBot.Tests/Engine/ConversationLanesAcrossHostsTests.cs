using ChatBot.Core.Concurrency;
using ChatBot.Core.Engine;

namespace ChatBot.Tests.Engine;

public sealed class ConversationLanesAcrossHostsTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task OnlyTheTurnHoldingItsHostsLaneAsksForTheConversationAcrossHostsAndLetsGoWhenItLeaves()
    {
        var locks = new RecordingLocks();
        var lanes = new ConversationLanes(locks);

        var first = await lanes.EnterAsync("web:1", CancellationToken.None);
        var second = lanes.EnterAsync("web:1", CancellationToken.None);
        Assert.Equal(1, locks.Held);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using (await second.WaitAsync(Long))
        {
            Assert.Equal(1, locks.Held);
            Assert.Equal(2, locks.Asked);
        }

        Assert.Equal(0, locks.Held);
    }

    [Fact]
    public async Task AConversationThatCannotBeHeldAcrossHostsLeavesItsHostsLaneFree()
    {
        var lanes = new ConversationLanes(new FailingLocks());

        await Assert.ThrowsAsync<InvalidOperationException>(() => lanes.EnterAsync("web:1", CancellationToken.None));

        // The lane was let go: the next turn gets as far as the locks again instead of waiting for the lane forever.
        await Assert.ThrowsAsync<InvalidOperationException>(() => lanes.EnterAsync("web:1", CancellationToken.None).WaitAsync(Long));
    }

    private sealed class RecordingLocks : IConversationLocks
    {
        private int _held;
        private int _asked;

        public int Held => Volatile.Read(ref _held);

        public int Asked => Volatile.Read(ref _asked);

        public Task<IDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            Interlocked.Increment(ref _held);
            return Task.FromResult<IDisposable>(new Release(() => Interlocked.Decrement(ref _held)));
        }
    }

    private sealed class FailingLocks : IConversationLocks
    {
        public Task<IDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromException<IDisposable>(new InvalidOperationException("the database does not answer"));
    }

    private sealed class Release(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
