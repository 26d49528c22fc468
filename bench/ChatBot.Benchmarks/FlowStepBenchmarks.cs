using BenchmarkDotNet.Attributes;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Benchmarks;

/// <summary>
/// One step of a form through the engine on the in-memory stores: a conversation inside the survey answers its first
/// question by button, then goes back to it, and so on, so every invocation is one step (an answer or a "back").
/// </summary>
[MemoryDiagnoser]
public class FlowStepBenchmarks
{
    private const string Chat = "surveyed";
    private TestBot _bot = null!;
    private long _turns;

    [GlobalSetup]
    public void StartTheSurvey()
    {
        _bot = new TestBot(classifier: SharedModelCache.Model);
        Send(FlowPayloads.Start("business_climate_survey")).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void StopTheBot() => _bot.Dispose();

    [Benchmark(Description = "one flow step by button (answer or back), committed")]
    public Task<TurnOutcome> Step() => Send(_turns % 2 == 0 ? FlowPayloads.Answer("sector", "it") : FlowPayloads.Back);

    private Task<TurnOutcome> Send(string payload)
    {
        var turn = ++_turns;
        return _bot.Engine.HandleAsync(IncomingMessage.FromButton("web", Chat, payload, _bot.Time.GetUtcNow(), "m" + turn));
    }
}
