using ChatBot.Host.Composition;

namespace ChatBot.Host.Backups;

/// <summary>Backups in the web host: the daily job, and the local socket through which <c>chatbot backup</c> asks for one.</summary>
internal static class BackupRegistration
{
    public static IServiceCollection AddBackups(this IServiceCollection services) => services
        .AddSingleton<DailyBackup>()
        .AddHostedService(sp => sp.GetRequiredService<DailyBackup>());

    /// <summary>Maps the local endpoint and readies the socket: a stale one removed now, the new one made owner-only once bound.</summary>
    public static void MapLocalAdmin(this WebApplication app)
    {
        var dataDir = app.Services.GetRequiredService<DataFolderLock>().DataDir;
        LocalAdminSocket.RemoveStale(dataDir);
        app.Lifetime.ApplicationStarted.Register(() => LocalAdminSocket.Tighten(dataDir));
        app.MapLocalBackup();
    }
}
