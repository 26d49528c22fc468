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
    ILogger<TrainingScheduler> logger) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
