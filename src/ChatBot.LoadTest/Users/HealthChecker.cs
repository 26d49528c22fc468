using ChatBot.LoadTest.Api;
using ChatBot.LoadTest.Measuring;

namespace ChatBot.LoadTest.Users;

/// <summary>The ceiling's user: asks <c>/health</c> back to back through the same client, pacing and timing as the visitors.</summary>
internal static class HealthChecker
{
    public static async Task RunAsync(ChatApiClient client, TimedTurns turns, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await turns.RunAsync(TurnKind.Health, () => client.HealthAsync(CancellationToken.None), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The phase is over.
        }
    }
}
