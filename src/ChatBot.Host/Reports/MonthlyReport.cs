using ChatBot.Core.Concurrency;
using ChatBot.Core.Storage;

namespace ChatBot.Host.Reports;

/// <summary>
/// Looks for last month's report files a minute after start and then hourly, on the injected clock, and writes the
/// missing ones (<see cref="MonthlyReportFiles"/>): the month's files appear within the first hour of the 1st, and a
/// run missed while the service was down is caught up at its start. A failing look is logged and retried.
/// </summary>
internal sealed class MonthlyReport(MonthlyReportFiles files, TimeProvider time, ILogger<MonthlyReport> logger,
    IHostRoles? roles = null) : BackgroundService
{
    private static readonly TimeSpan FirstLook = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BetweenLooks = TimeSpan.FromHours(1);

    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.MonthlyReport, WorkAsync, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        var wait = FirstLook;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = BetweenLooks;
            try
            {
                foreach (var path in await files.WriteMissingAsync(stoppingToken))
                {
                    logger.LogInformation("Monthly report written to {Path}", path);
                }
            }
            catch (StoreUnavailableException)
            {
                // Logged once by the database, which is reopening; the next look tries again.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The monthly report failed; trying again at the next look");
            }
        }
    }
}
