using ChatBot.Core.Flows;
using ChatBot.Knowledge.Loading;

namespace ChatBot.Knowledge.Dialogs;

/// <summary>
/// Loads dialogs/*.yaml into a <see cref="FlowCatalog"/> and validates every flow: errors carry
/// their <c>file:line</c> and a catalog with errors is not returned.
/// </summary>
public static class DialogLoader
{
    /// <param name="intentIds">The intents a trigger may name; null skips that check.</param>
    public static DialogLoadResult Load(string dialogsDir, IReadOnlySet<string>? intentIds = null)
    {
        var errors = new ErrorList();
        var root = Path.GetFullPath(dialogsDir);
        if (!Directory.Exists(root))
        {
            errors.Add(dialogsDir, 1, "the dialogs folder does not exist");
            return new DialogLoadResult(null, errors.All);
        }

        var flows = new List<(FlowDefinition Flow, string File)>();
        foreach (var path in Directory.GetFiles(root, "*.yaml").Order(StringComparer.Ordinal))
        {
            var display = Path.Combine(Path.GetFileName(root), Path.GetFileName(path));
            if (YamlFile.Read(path, display, errors) is { } file && FlowFileReader.Read(file, intentIds) is { } flow)
            {
                flows.Add((flow, display));
            }
        }

        foreach (var duplicate in flows.GroupBy(f => f.Flow.Id).Where(g => g.Count() > 1))
        {
            errors.Add(duplicate.Last().File, 1, $"flow id '{duplicate.Key}' is also used by {duplicate.First().File}");
        }

        return errors.Any
            ? new DialogLoadResult(null, errors.All)
            : new DialogLoadResult(new FlowCatalog(flows.Select(f => f.Flow).ToList()), []);
    }
}

public sealed record DialogLoadResult(FlowCatalog? Catalog, IReadOnlyList<LoadError> Errors);
