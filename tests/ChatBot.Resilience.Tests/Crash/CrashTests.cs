namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// The service killed with SIGKILL in the middle of a hundred users' surveys and enrollments, three times, each on a
/// fresh data folder: what it acknowledged survives, flows resume at the right step, nothing is answered twice, and
/// the database opens without a rebuild.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Rounds = 3;

    [Fact]
    public async Task AServiceKilledMidLoadThreeTimesKeepsEveryAcknowledgedAnswerAndResumesEveryFlow()
    {
        var seed = RunSeed.Choose();
        output.WriteLine($"crash: seed {seed} ({RunSeed.Variable}={seed} replays the kill points and the answers)");
        var random = new Random(seed);
        for (var round = 1; round <= Rounds; round++)
        {
            await new CrashRound(round, random, output).RunAsync();
        }
    }
}
