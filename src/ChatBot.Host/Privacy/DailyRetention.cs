using ChatBot.Core.Concurrency;
using ChatBot.Core.Privacy;
using ChatBot.Core.Storage;

namespace ChatBot.Host.Privacy;

/// <summary>
/// Anonymises what the retention periods say is due (docs/privacy.md#retention), two minutes after start and then a day
/// apart on the injected clock, and logs one line with the counts. Each run takes its cut-offs from the clock, so the
/// first run after a service that was down overnight catches up. A failing run is logged and retried at the next one.
/// </summary>
internal sealed class DailyRetention(RetentionPolicy policy, IRetentionStore store, TimeProvider time, ILogger<DailyRetention> logger,
    IHostRoles? roles = null) : BackgroundService
{
    // Shortly after start, and after the daily backup's first look (a minute), so the two do not hold the writer together.
    public static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan BetweenRuns = TimeSpan.FromDays(1);

    // When the next run is due, on the injected clock. A run is due at a time, not after a wait: a clock that moved on
    // while the last run was still logging is not waited for twice.
    private DateTimeOffset _next;

    /// <summary>Anonymises what is due now; null when every period is off.</summary>
    public RetentionCounts? RunOnce()
    {
        var due = policy.Due();
        return due.IsEmpty ? null : store.Apply(due);
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _next = time.GetUtcNow() + FirstRun;
        return base.StartAsync(cancellationToken);
    }

    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.DailyRetention, WorkAsync, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_next - time.GetUtcNow() is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _next = time.GetUtcNow() + BetweenRuns;
            try
            {
                if (RunOnce() is { } counts)
                {
                    logger.LogInformation("Retention anonymised {Counts}", counts);
                }
            }
            catch (StoreUnavailableException)
            {
                // Logged once by the database, which is reopening; the next run catches up.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The retention run failed; trying again at the next one");
            }
        }
    }
}
