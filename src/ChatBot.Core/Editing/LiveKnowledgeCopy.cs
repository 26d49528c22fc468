namespace ChatBot.Core.Editing;

/// <summary>
/// The knowledge the service answers from, kept in the data folder: the knowledge folder's YAML files as the editors
/// left them. Seeded from the shipped <c>knowledge/</c>, it follows that folder until an editor changes it.
/// </summary>
public sealed class LiveKnowledgeCopy
{
    /// <summary>There is one copy.</summary>
    public const string TheCopy = "live";

    public string Id { get; set; } = TheCopy;

    /// <summary>Grows by one with every saved change, seeding included.</summary>
    public long Version { get; set; }

    /// <summary>An editor changed it: from then on starts say what differs from the shipped folder.</summary>
    public bool Edited { get; set; }

    /// <summary>
    /// The files an editor changed, which a new shipped folder does not replace; the other files follow the shipped
    /// folder (new texts and system intents of a release arrive).
    /// </summary>
    public List<string> EditedFiles { get; set; } = [];

    /// <summary>The hash of the shipped folder it was seeded from (<see cref="KnowledgeFiles.HashOf"/>).</summary>
    public string ShippedHash { get; set; } = "";

    /// <summary>Every YAML file, by its path inside the knowledge folder ("faq/taxes.yaml").</summary>
    public List<KnowledgeFile> Files { get; set; } = [];
}

public sealed class KnowledgeFile
{
    /// <summary>The path inside the knowledge folder, with '/' between folders.</summary>
    public string Path { get; set; } = "";

    public string Text { get; set; } = "";
}
