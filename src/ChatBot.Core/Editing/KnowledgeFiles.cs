using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Core.Editing;

/// <summary>What a set of knowledge files is, whatever holds them.</summary>
public static class KnowledgeFiles
{
    /// <summary>A hash of paths and texts in path order: equal files, equal hash.</summary>
    public static string HashOf(IEnumerable<KnowledgeFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + file.Text + "\n\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>The files with <paramref name="changed"/> put in place of those of the same path (or added).</summary>
    public static List<KnowledgeFile> With(IEnumerable<KnowledgeFile> files, KnowledgeFile changed)
    {
        var list = files.Where(f => f.Path != changed.Path).Select(f => new KnowledgeFile { Path = f.Path, Text = f.Text }).ToList();
        list.Add(new KnowledgeFile { Path = changed.Path, Text = changed.Text });
        return [.. list.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
