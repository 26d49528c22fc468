using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatBot.Host.Composition;

/// <summary>The session keys' folder, where every key file is left readable by the service's own user only (0600).</summary>
internal sealed class OwnerOnlyKeyFolder(DirectoryInfo folder, ILoggerFactory logs) : IXmlRepository
{
    private readonly FileSystemXmlRepository _files = new(folder, logs);

    public IReadOnlyCollection<XElement> GetAllElements() => _files.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        _files.StoreElement(element, friendlyName);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in folder.EnumerateFiles("*.xml"))
        {
            File.SetUnixFileMode(file.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
