using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine;

public sealed class ConversationLaneTests
{
    [Fact]
    public async Task TwoMessagesOfOneConversationSentAtOnceAreProcessedOneAfterTheOtherInOrder()
    {
        var gate = new GatedClassifier(SharedModel.Model);
        using var bot = new TestBot(gate);
        var at = bot.Time.GetUtcNow();

        var first = Task.Run(() => bot.Engine.HandleAsync(IncomingMessage.FromText("test", "u", "как открыть ИП?", at, "1")));
        await gate.FirstCallEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = Task.Run(() => bot.Engine.HandleAsync(IncomingMessage.FromText("test", "u", "как закрыть ИП?", at, "2")));

        // The second message waits for the first turn: the classifier sees no second call while the first is held.
        await Task.Delay(200);
        Assert.Equal(1, gate.Calls);
        gate.Release.SetResult();
        await Task.WhenAll(first, second);

        var transcript = bot.Store.Transcript("test:u");
        var inbound = transcript.Where(t => t.From == MessageAuthor.User).Select(t => t.Text).ToList();
        Assert.Equal(["как открыть ИП?", "как закрыть ИП?"], inbound);
        var firstReplyIndex = transcript.ToList().FindIndex(t => t.From == MessageAuthor.Bot);
        Assert.True(firstReplyIndex < transcript.ToList().FindIndex(t => t.Text == "как закрыть ИП?"), "the first turn's reply precedes the second message");
    }

    [Fact]
    public async Task MessagesOfDifferentConversationsDoNotWaitForEachOther()
    {
        var gate = new GatedClassifier(SharedModel.Model);
        using var bot = new TestBot(gate);
        var at = bot.Time.GetUtcNow();

        var held = Task.Run(() => bot.Engine.HandleAsync(IncomingMessage.FromText("test", "a", "как открыть ИП?", at, "1")));
        await gate.FirstCallEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var other = await bot.Engine.HandleAsync(IncomingMessage.FromText("test", "b", "/help", at, "1")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEmpty(other.Replies);
        gate.Release.SetResult();
        await held;
    }

    /// <summary>Holds the first classification until released, so that a second message arrives mid-turn.</summary>
    private sealed class GatedClassifier(IIntentClassifier inner) : IIntentClassifier
    {
        private int _calls;

        public TaskCompletionSource FirstCallEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public IReadOnlyList<IntentScore> Classify(string text)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                FirstCallEntered.SetResult();
                Release.Task.Wait();
            }

            return inner.Classify(text);
        }
    }
}
