using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Composition;

/// <summary>
/// The keys that sign operators' session cookies, antiforgery tokens and the chat's stream tickets live in the data
/// folder, owner-only, beside the database: sessions survive a restart on a host whose home folder is not writable,
/// and a backup, a move or an erasure of the data folder takes them along instead of leaving them in a user profile.
/// Each is sealed under the database's password before it is written (<see cref="SessionKeyCipher"/>).
/// </summary>
public static class SessionKeys
{
    public const string FolderName = "session-keys";

    public static IServiceCollection AddSessionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("ChatBot");

        // Resolved when the keys are first needed, so the data folder is the one configuration finally says.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<ChatBotOptions>, ILoggerFactory>((keys, chatBot, logs) =>
        {
            keys.XmlRepository = new OwnerOnlyKeyFolder(Folder(chatBot.Value), logs);
            keys.XmlEncryptor = new SessionKeyEncryptor(SessionKeyCipher.KeyFor(chatBot.Value));
        });
        return services;
    }

    private static DirectoryInfo Folder(ChatBotOptions options)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetFullPath(options.DataDir), FolderName));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }
}
