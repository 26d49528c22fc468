using System.Globalization;

namespace ChatBot.Resilience.Tests;

/// <summary>
/// The seed of a run of these suites: <c>CHATBOT_SEED</c> replays a run, otherwise each run draws a new one, so that
/// runs in CI keep exploring. Every suite prints its seed, and a failure names it with what failed.
/// </summary>
internal static class RunSeed
{
    public const string Variable = "CHATBOT_SEED";

    public static int Choose() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : Random.Shared.Next();
}
