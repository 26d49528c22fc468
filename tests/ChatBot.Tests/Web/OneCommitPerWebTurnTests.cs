using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Web;

/// <summary>
/// A web turn's replies go back in the HTTP response and are never queued in the outbox: a crash after the commit and
/// before the response cannot leave them pending, where the event stream would show them a second time, and the
/// client's retry gets them back from the conversation.
/// </summary>
public sealed class OneCommitPerWebTurnTests : IDisposable
{
    private readonly TestBot _bot = new(storage: TestStorage.LiteDb);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task ACrashBetweenTheCommitAndTheResponseLeavesNoReplyForTheStreamToReplay()
    {
        var crashing = new ConversationEngine(
            _bot.Knowledge,
            new CrashAfterCommit(_bot.Store),
            SharedModel.LanguageDetector,
            _bot.Time,
            _bot.Services.GetRequiredService<TurnServices>(),
            _bot.Services.GetServices<ITurnStep>());
        var message = IncomingMessage.FromText("web", "chat-1", "как открыть ИП?", _bot.Time.GetUtcNow(), messageId: "m-1") with
        {
            AnsweredInResponse = true,
        };

        await Assert.ThrowsAsync<SimulatedCrash>(() => crashing.HandleAsync(message));

        var conversationId = ConversationIds.Of("web", "chat-1");
        Assert.Equal(0, _bot.ConversationOutbox.LastId(conversationId));
        Assert.Empty(_bot.ConversationOutbox.PendingAfter(conversationId, 0, 100));
        var kept = _bot.Store.Find(conversationId)!.LastAnswer!;
        Assert.Equal("m-1", kept.MessageId);
        Assert.NotEmpty(kept.Replies);
        Assert.True((await _bot.Engine.HandleAsync(message)).Duplicate);
    }

    [Fact]
    public async Task AMessageNotAnsweredInItsResponseStaysPendingForItsChannel()
    {
        var message = IncomingMessage.FromText("web", "chat-2", "как открыть ИП?", _bot.Time.GetUtcNow(), messageId: "m-1");

        var outcome = await _bot.Engine.HandleAsync(message);

        Assert.Equal(
            outcome.Replies.Select(r => r.Id),
            _bot.ConversationOutbox.PendingAfter(ConversationIds.Of("web", "chat-2"), 0, 100).Select(r => r.Id));
        Assert.Null(_bot.Store.Find(ConversationIds.Of("web", "chat-2"))!.LastAnswer);
    }

    private sealed class SimulatedCrash : Exception;

    // The process dies right after the turn's transaction committed, before anything reaches the client.
    private sealed class CrashAfterCommit(IConversationStore inner) : IConversationStore
    {
        public Conversation? Find(string conversationId) => inner.Find(conversationId);

        public bool HasProcessed(string conversationId, string platformMessageId) => inner.HasProcessed(conversationId, platformMessageId);

        public void Commit(TurnRecord turn)
        {
            inner.Commit(turn);
            throw new SimulatedCrash();
        }

        public async Task CommitAsync(TurnRecord turn)
        {
            await inner.CommitAsync(turn);
            throw new SimulatedCrash();
        }

        public IReadOnlyList<TranscriptEntry> Transcript(string conversationId) => inner.Transcript(conversationId);
    }
}
