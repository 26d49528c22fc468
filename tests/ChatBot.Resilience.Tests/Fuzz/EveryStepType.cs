using ChatBot.Core.Flows;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Testing;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// The repository's flows and, beside them, the flow of the dialog tests that has one step of every type: the survey
/// and the enrollment form ask no e-mail and no date, and those steps must stand the fuzz too.
/// </summary>
internal static class EveryStepType
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Tests", "Flows", "Fixtures", "all-types");

    /// <summary>A dialogs folder with both, for a service started as its own process (<c>--ChatBot:DialogsDir=</c>).</summary>
    public static TemporaryFolder AsDialogsFolder()
    {
        var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Dialogs, "*.yaml").Concat(Directory.GetFiles(Fixture, "*.yaml")))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        return folder;
    }

    public static FlowCatalog AndTheRepositoryFlows()
    {
        var fixture = DialogLoader.Load(Fixture);
        var flows = fixture.Catalog ?? throw new InvalidOperationException(string.Join('\n', fixture.Errors));
        return new FlowCatalog([.. SharedModel.Dialogs.All, .. flows.All]);
    }
}
