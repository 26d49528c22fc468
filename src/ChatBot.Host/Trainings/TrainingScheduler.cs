using ChatBot.Core.Concurrency;
using ChatBot.Core.Storage;
using ChatBot.Host.Composition;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Trainings;

/// <summary>
/// Looks for due reminders and feedback questions on the injected clock and queues them through the outbox;
/// the channels deliver them like every other reply. A failing look is logged and retried at the next one.
/// </summary>
public sealed class TrainingScheduler(
    BotRuntime runtime,
    TimeProvider time,
    IOptions<TrainingOptions> options,
    ILogger<TrainingScheduler> logger,
    IHostRoles? roles = null) : BackgroundService
{

    /// <summary>Queues what is due now; returns how many conversations were told something.</summary>
    public int RunOnce()
    {
        var told = runtime.Trainings.Schedule.QueueDue(time.GetUtcNow(), options.Value.FeedbackRequests);
        foreach (var conversationId in told)
        {
            runtime.Trainings.Notifier.Notify(conversationId);
        }

        return told.Count;
    }

    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.TrainingReminders, WorkAsync, stoppingToken);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (RunOnce() is > 0 and var count)
                {
                    logger.LogInformation("Training notices queued for {Count} conversations", count);
                }
            }
            catch (StoreUnavailableException)
            {
                // Logged once by the database, which is reopening; the next look tries again.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Training scheduler failed; retrying at its next look");
            }

            try
            {
                await Task.Delay(options.Value.SchedulerInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
