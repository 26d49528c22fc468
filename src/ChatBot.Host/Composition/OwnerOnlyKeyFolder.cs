using System.Xml.Linq;
using ChatBot.Files;
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

        // Data Protection writes with the umask's mode and names the file itself: every key file is tightened after.
        foreach (var file in folder.EnumerateFiles("*.xml"))
        {
            OwnerOnly.Tighten(file.FullName);
        }
    }
}
