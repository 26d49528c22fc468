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
    public const string FollowUpsFile = "system/follow-ups.yaml";

    /// <summary>The files of system/ that hold no intents.</summary>
    private static readonly string[] NotIntentFiles = [TextsFile, WordsFile, FollowUpsFile];

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

        // Optional: without it every message is read on its own, as before follow-ups were read in context.
        var followUpsPath = Path.Combine(root, FollowUpsFile);
        var followUps = File.Exists(followUpsPath) ? ReadOptional(root, FollowUpsFile, display, errors, FollowUpsFileReader.Read) : null;
        CrossChecks.Run(intents, texts, display(Path.Combine(root, TextsFile)), errors);
        if (followUps is not null)
        {
            CheckSwitches(followUps, intents, display(followUpsPath), errors);
        }

        if (errors.Any || policy is null || words is null)
        {
            return new KnowledgeLoadResult(null, errors.All);
        }

        var knowledge = new KnowledgeBase(intents.Select(i => i.Definition).ToList(), new TextCatalog(texts), policy.Thresholds, policy.Handoff, words, followUps);
        var places = intents.ToDictionary(i => i.Definition.Id, i => new IntentPlace(i.File, i.Line));
        return new KnowledgeLoadResult(knowledge, [], places);
    }

    /// <summary>A switch to or from a topic that does not exist would silently never apply.</summary>
    private static void CheckSwitches(FollowUpRules rules, List<ParsedIntent> intents, string file, ErrorList errors)
    {
        var topics = intents.Where(i => !i.Definition.IsSystem).Select(i => i.Definition.Id).ToHashSet();
        foreach (var topic in rules.Switches.SelectMany(s => new[] { s.From, s.To }).Where(t => !topics.Contains(t)).Distinct())
        {
            errors.Add(file, 1, $"switch names '{topic}', which is not an FAQ topic");
        }
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
