using System.Text;
using ChatBot.Core.Editing;

namespace ChatBot.Knowledge.Writing;

/// <summary>The YAML files of a knowledge folder as <see cref="KnowledgeFile"/>s, read from and written to disk.</summary>
public static class KnowledgeFolder
{
    /// <summary>Every <c>*.yaml</c> under <paramref name="dir"/>, by path inside it, in path order.</summary>
    public static List<KnowledgeFile> Read(string dir)
    {
        var root = Path.GetFullPath(dir);
        return Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(path => new KnowledgeFile
            {
                Path = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'),
                Text = File.ReadAllText(path, Encoding.UTF8),
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes the files under <paramref name="dir"/>, creating folders; other files there are left alone.</summary>
    public static void Write(IEnumerable<KnowledgeFile> files, string dir)
    {
        var root = Path.GetFullPath(dir);
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"'{file.Path}' is not inside the knowledge folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
