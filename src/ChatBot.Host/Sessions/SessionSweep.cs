using ChatBot.Core.Concurrency;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;

namespace ChatBot.Host.Sessions;

/// <summary>
/// Ends the sessions gone quiet (<see cref="SessionSweeper"/>) a minute after start and then every
/// <see cref="BetweenRuns"/> on the injected clock, so that a month's sessions are in the store soon after their last
/// message even when their users never come back. A failing run is logged and retried at the next one.
/// </summary>
internal sealed class SessionSweep(SessionSweeper sweeper, TimeProvider time, ILogger<SessionSweep> logger,
    IHostRoles? roles = null) : BackgroundService
{
    public static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan BetweenRuns = TimeSpan.FromMinutes(5);

    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.SessionSweep, WorkAsync, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        var wait = FirstRun;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
                var ended = await sweeper.RunOnceAsync(stoppingToken);
                if (ended > 0)
                {
                    logger.LogInformation("Ended {Count} quiet sessions", ended);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (StoreUnavailableException)
            {
                // Logged once by the database, which is reopening; the next run catches up.
            }
            catch (Exception e)
            {
                logger.LogError(e, "Ending quiet sessions failed; trying again at the next run");
            }

            wait = BetweenRuns;
        }
    }
}
