using System.Diagnostics;
using ChatBot.Testing;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// The engine on the in-memory stores, composed like the service with the real model, fuzzed at every step of every
/// flow: a seeded generator sends texts and forged payloads, and every turn must come back well formed.
/// </summary>
public sealed class EngineFuzzTests(ITestOutputHelper output)
{
    private const int MinimumInputs = 85_000;
    private const int InputsPerWalk = 40;

    [Fact]
    public async Task EightyFiveThousandTextsAndForgedPayloadsAtEveryStepOfEveryFlowLeaveTheEngineAnswering()
    {
        var seed = RunSeed.Choose();
        output.WriteLine($"engine fuzz: seed {seed} ({RunSeed.Variable}={seed} replays it)");
        var flows = EveryStepType.AndTheRepositoryFlows();
        using var bot = new TestBot(classifier: SharedModelCache.Model, flows: flows);
        EngineFuzzer.AddTrainings(bot);
        var fuzzer = new EngineFuzzer(bot, flows, seed);
        var positions = FuzzPosition.All(flows, EngineFuzzer.Channel);
        var rounds = MinimumInputs / (positions.Count * InputsPerWalk) + 1;
        var watch = Stopwatch.StartNew();

        await fuzzer.RunAsync(positions, rounds, InputsPerWalk);

        await fuzzer.AssertAFreshConversationIsAnsweredAsync("как открыть ИП?");
        output.WriteLine(
            $"engine fuzz: {fuzzer.Inputs:N0} inputs tried at {positions.Count} positions ({flows.All.Count} flows), "
            + $"{fuzzer.Turns:N0} turns in all, {watch.Elapsed.TotalSeconds:0} s");
        Assert.True(fuzzer.Inputs >= MinimumInputs, $"only {fuzzer.Inputs} inputs were tried");
    }
}
