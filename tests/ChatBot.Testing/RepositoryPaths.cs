namespace ChatBot.Testing;

/// <summary>Finds the repository's own folders from wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>../shared/ beside the repository, when present (it holds the held-out questions).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
