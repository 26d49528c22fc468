using ChatBot.Core.Concurrency;
using ChatBot.Core.Backups;
using ChatBot.Core.Storage;
using ChatBot.Files;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Backups;

/// <summary>
/// Writes a backup into the backup folder when the newest there is a day old (or there is none), then deletes the
/// oldest beyond the kept count. It looks an hour apart on the injected clock, the first time a minute after start, so
/// a service restarted more often than daily still makes its one backup a day. A failing look is logged and retried.
/// </summary>
internal sealed class DailyBackup(
    ChatBotDatabase database,
    DataFolderLock folder,
    IOptions<ChatBotOptions> options,
    TimeProvider time,
    ILogger<DailyBackup> logger,
    IHostRoles? roles = null) : BackgroundService
{
    private static readonly TimeSpan FirstLook = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BetweenLooks = TimeSpan.FromHours(1);

    /// <summary>Backs up if due and prunes; returns the new backup's path, or null when none was due.</summary>
    public string? RunOnce()
    {
        var settings = options.Value.Backup;
        if (!settings.Daily)
        {
            return null;
        }

        var backups = settings.ResolveFolder(folder.DataDir);
        OwnerOnly.CreateFolder(backups);
        var now = time.GetUtcNow();
        if (!BackupRotation.IsDue(Names(backups), now))
        {
            return null;
        }

        var path = Path.Combine(backups, BackupRotation.NameAt(now));
        database.BackUpTo(path);
        foreach (var old in BackupRotation.Surplus(Names(backups), settings.KeepCount))
        {
            File.Delete(Path.Combine(backups, old));
        }

        return path;
    }

    // On a store shared by several hosts, one of them does this at a time (docs/postgresql.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        (roles ?? SingleHostRoles.Instance).RunWhileHeldAsync(HostRoleNames.DailyBackup, WorkAsync, stoppingToken);

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
                if (RunOnce() is { } path)
                {
                    logger.LogInformation("Daily backup written to {Path}", path);
                }
            }
            catch (StoreUnavailableException)
            {
                // Logged once by the database, which is reopening; the next look tries again.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The daily backup failed; trying again at the next look");
            }
        }
    }

    private static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>();
}
