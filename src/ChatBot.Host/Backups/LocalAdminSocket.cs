using System.Text;
using ChatBot.Files;
using ChatBot.Host.Composition;

namespace ChatBot.Host.Backups;

/// <summary>
/// The service's door for its own user on this machine: a Unix domain socket <c>chatbot.sock</c> in the data folder,
/// 0600, on which the service serves <c>/local/...</c> beside its HTTP address. Reaching it takes the rights on the
/// data folder that the data itself takes, so it needs no password; requests to <c>/local/...</c> over TCP are not found.
/// </summary>
internal static class LocalAdminSocket
{
    public const string FileName = "chatbot.sock";

    // sun_path holds 108 bytes with its terminating zero on Linux, 104 on macOS.
    private const int LongestPath = 103;

    public static string PathIn(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), FileName);

    /// <summary>Whether the socket's path fits in a socket address; a data folder too deep for it has no local door.</summary>
    public static bool Fits(string dataDir) => Encoding.UTF8.GetByteCount(PathIn(dataDir)) <= LongestPath;

    /// <summary>Kestrel's address of the socket, to listen on beside the configured ones.</summary>
    public static string Url(string dataDir) => "http://unix:" + PathIn(dataDir);

    /// <summary>Whether a request came through the socket: Kestrel gives a socket's connection no IP address at either end.</summary>
    public static bool CameThrough(HttpContext context) =>
        context.Connection.LocalIpAddress is null && context.Connection.RemoteIpAddress is null;

    /// <summary>
    /// A socket file left by a service that was killed: the folder's lock is held by this process, so no other serves
    /// on it, and Kestrel cannot bind over it.
    /// </summary>
    public static void RemoveStale(string dataDir) => File.Delete(PathIn(dataDir));

    /// <summary>Takes group and others off the socket Kestrel made with the umask's mode.</summary>
    public static void Tighten(string dataDir) => OwnerOnly.Tighten(PathIn(dataDir));

    /// <summary>Adds the socket to the addresses the service listens on, when the data folder's path lets it.</summary>
    public static void ListenBeside(WebApplicationBuilder builder, string configuredUrls)
    {
        string? dataDir;
        try
        {
            dataDir = StartupSettings.Bind<ChatBotOptions>(builder.Configuration.GetSection(ChatBotOptions.Section)).DataDir;
        }
        catch (SettingsInvalidException)
        {
            // Reported with every other problem when the settings are checked, before anything listens.
            dataDir = null;
        }

        var urls = string.IsNullOrWhiteSpace(dataDir) || !Fits(dataDir) ? configuredUrls : configuredUrls + ";" + Url(dataDir);
        builder.WebHost.UseUrls(urls);
    }
}
