using BenchmarkDotNet.Attributes;
using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Benchmarks;

/// <summary>
/// One turn of the engine without HTTP, composed as the service composes it: a typed FAQ question answered and committed,
/// on the in-memory stores and on a real encrypted LiteDB file. Questions go round 256 conversations, as many visitors do.
/// </summary>
[MemoryDiagnoser]
public class EngineTurnBenchmarks
{
    private const int Conversations = 256;
    private TestBot _bot = null!;
    private IReadOnlyList<string> _questions = null!;
    private long _turns;

    [Params(TestStorage.InMemory, TestStorage.LiteDb)]
    public TestStorage Storage { get; set; }

    [GlobalSetup]
    public void StartTheBot()
    {
        _bot = new TestBot(classifier: SharedModelCache.Model, storage: Storage);
        _questions = BenchmarkQuestions.All;
    }

    [GlobalCleanup]
    public void StopTheBot() => _bot.Dispose();

    [Benchmark(Description = "one FAQ turn: understand, answer, commit")]
    public async Task<TurnOutcome> FaqTurn()
    {
        var turn = ++_turns;
        var message = IncomingMessage.FromText(
            "web", "visitor-" + (turn % Conversations), _questions[(int)(turn % _questions.Count)], _bot.Time.GetUtcNow(), "m" + turn)
            with { AnsweredInResponse = true };
        return await _bot.Engine.HandleAsync(message);
    }
}
