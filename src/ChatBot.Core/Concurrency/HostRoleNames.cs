namespace ChatBot.Core.Concurrency;

/// <summary>
/// The roles one host at a time takes among those sharing a store (<see cref="IHostRoles"/>). Each background service has
/// its own, since one host's two services could not share one: each holds its role on a connection of its own.
/// </summary>
public static class HostRoleNames
{
    public const string TelegramPolling = "telegram-polling";
    public const string TelegramOutbox = "telegram-outbox";
    public const string MonthlyReport = "monthly-report";
    public const string DailyBackup = "daily-backup";
    public const string DailyRetention = "daily-retention";
    public const string SessionSweep = "session-sweep";
    public const string TrainingReminders = "training-reminders";
}
