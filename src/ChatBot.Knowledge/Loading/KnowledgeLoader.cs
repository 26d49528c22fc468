using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Knowledge.Loading;

/// <summary>
/// Loads knowledge/ into a <see cref="KnowledgeBase"/> and validates it whole: every error is
/// reported with its file and line, and a knowledge base with errors is not returned.
/// </summary>
public static class KnowledgeLoader
{
    public const string TextsFile = "system/texts.yaml";
    public const string PolicyFile = "policy.yaml";
    public const string WordsFile = "system/words.yaml";

    /// <summary>The files of system/ that hold no intents.</summary>
    private static readonly string[] NotIntentFiles = [TextsFile, WordsFile];

    public static KnowledgeLoadResult Load(string knowledgeDir)
    {
        var errors = new ErrorList();
        var root = Path.GetFullPath(knowledgeDir);
        if (!Directory.Exists(root))
        {
            errors.Add(knowledgeDir, 1, "the knowledge folder does not exist");
            return new KnowledgeLoadResult(null, errors.All);
        }

        var display = (string full) => Path.Combine(Path.GetFileName(root), Path.GetRelativePath(root, full));
        var intents = new List<ParsedIntent>();
        foreach (var path in IntentFiles(root))
        {
            if (YamlFile.Read(path, display(path), errors) is { } file)
            {
                intents.AddRange(IntentFileReader.Read(file));
            }
        }

        var texts = ReadOptional(root, TextsFile, display, errors, TextsFileReader.Read) ?? [];
        var policy = ReadOptional(root, PolicyFile, display, errors, PolicyFileReader.Read);
        var words = ReadOptional(root, WordsFile, display, errors, WordsFileReader.Read);
        CrossChecks.Run(intents, texts, display(Path.Combine(root, TextsFile)), errors);
        if (errors.Any || policy is null || words is null)
        {
            return new KnowledgeLoadResult(null, errors.All);
        }

        var knowledge = new KnowledgeBase(intents.Select(i => i.Definition).ToList(), new TextCatalog(texts), policy.Thresholds, policy.Handoff, words);
        var places = intents.ToDictionary(i => i.Definition.Id, i => new IntentPlace(i.File, i.Line));
        return new KnowledgeLoadResult(knowledge, [], places);
    }

    /// <summary>FAQ files first, then system intents, each folder in name order, so the menu order is stable.</summary>
    private static IEnumerable<string> IntentFiles(string root) =>
        new[] { "faq", "system" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            .Where(path => !NotIntentFiles.Any(file => path.EndsWith(file.Replace('/', Path.DirectorySeparatorChar), StringComparison.Ordinal)));

    private static T? ReadOptional<T>(string root, string relative, Func<string, string> display, ErrorList errors, Func<YamlFile, T?> read)
        where T : class
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            errors.Add(display(path), 1, "the file is missing");
            return null;
        }

        return YamlFile.Read(path, display(path), errors) is { } file ? read(file) : null;
    }
}

/// <param name="Places">Where each intent is defined, for messages that point an editor at it.</param>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<LoadError> Errors, IReadOnlyDictionary<string, IntentPlace>? Places = null);

public sealed record IntentPlace(string File, long Line);
