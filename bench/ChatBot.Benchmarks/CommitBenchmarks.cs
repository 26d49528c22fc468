using BenchmarkDotNet.Attributes;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Testing;

namespace ChatBot.Benchmarks;

/// <summary>
/// The commit of a web turn alone, what the engine writes after it has answered: the conversation's state with its last
/// answer, the question and the answer in the transcript, one analytics event (a web turn queues nothing in the
/// outbox); round 256 conversations.
/// </summary>
[MemoryDiagnoser]
public class CommitBenchmarks
{
    private const int Conversations = 256;
    private static readonly OutgoingMessage Answer = new(
        "На 2026 год ИП открывается уведомлением о начале деятельности: на eGov, в приложении банка или в ЦОН.",
        [new Button("Выбор налогового режима", "intent:choose_tax_regime_2026")],
        []);

    private TestBot _bot = null!;
    private long _turns;

    [Params(TestStorage.InMemory, TestStorage.LiteDb)]
    public TestStorage Storage { get; set; }

    [GlobalSetup]
    public void OpenTheStore() => _bot = new TestBot(classifier: SharedModelCache.Model, storage: Storage);

    [GlobalCleanup]
    public void CloseTheStore() => _bot.Dispose();

    [Benchmark(Description = "commit one web turn")]
    public void Commit() => _bot.Store.Commit(Turn());

    private TurnRecord Turn()
    {
        var turn = ++_turns;
        var now = _bot.Time.GetUtcNow();
        var message = IncomingMessage.FromText("web", "visitor-" + (turn % Conversations), "как открыть ип", now, "m" + turn) with { AnsweredInResponse = true };
        var conversation = _bot.Store.Find(message.ConversationId) ?? Conversation.Start(message, Language.Ru);
        conversation.UpdatedAt = now;
        conversation.LastAnswer = new LastAnswer { MessageId = message.PlatformMessageId!, Replies = [Answer], At = now };
        var answered = new AnalyticsEvent
        {
            Type = AnalyticsEventTypes.Answered, ConversationId = conversation.Id, Channel = conversation.Channel, At = now,
        };
        return new TurnRecord(
            conversation, message.PlatformMessageId, [TranscriptEntry.Inbound(message), TranscriptEntry.Outbound(conversation.Id, Answer, now)],
            [], [answered], []);
    }
}
