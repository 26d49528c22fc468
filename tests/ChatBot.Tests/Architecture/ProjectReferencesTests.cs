using System.Xml.Linq;
using ChatBot.Testing;

namespace ChatBot.Tests.Architecture;

/// <summary>
/// The layering of docs/architecture.md, read from the project files: the channels and the operators' console
/// know Core's interfaces only, so that another store (PostgreSQL) needs no change in them.
/// </summary>
public sealed class ProjectReferencesTests
{
    public static TheoryData<string> Adapters => ["ChatBot.Web", "ChatBot.Operators", "ChatBot.Telegram"];

    [Theory]
    [MemberData(nameof(Adapters))]
    public void AnAdapterReferencesNeitherTheStorageProjectNorLiteDb(string project)
    {
        var references = References(project);

        Assert.Contains("ChatBot.Core", references);
        Assert.DoesNotContain(references, r => r.Contains("Storage", StringComparison.OrdinalIgnoreCase) || r.Contains("LiteDB", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Adapters))]
    public void AnAdapterNamesNoLiteDbTypeInItsSources(string project)
    {
        var offending = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(file => File.ReadAllText(file) is var text && (text.Contains("using LiteDB") || text.Contains("ChatBot.Storage")))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void CoreReferencesNoOtherProjectAndOnlyTheDependencyInjectionAbstractions()
    {
        Assert.Equal(["Microsoft.Extensions.DependencyInjection.Abstractions"], References("ChatBot.Core"));
    }

    [Fact]
    public void TheLoadGeneratorReferencesNoProjectAndKnowsTheServiceOnlyByHttp()
    {
        Assert.Empty(References("ChatBot.LoadTest"));
    }

    // The names of the project and package references of src/<project>/<project>.csproj.
    private static IReadOnlyList<string> References(string project)
    {
        var file = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj"));
        return file.Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference")
            .Select(e => e.Name.LocalName == "ProjectReference"
                ? Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/'))
                : e.Attribute("Include")!.Value)
            .ToList();
    }
}
