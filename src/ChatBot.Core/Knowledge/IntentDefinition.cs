using ChatBot.Core.Messages;

namespace ChatBot.Core.Knowledge;

/// <summary>One intent of the classifier: an FAQ topic with its answer, or a system intent the engine acts on.</summary>
public sealed record IntentDefinition(
    string Id,
    string Category,
    LocalizedText Title,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> Questions,
    LocalizedText? Answer,
    IReadOnlyList<SourceLink> Links,
    IReadOnlyList<string> Related,
    int? AsOf)
{
    public bool IsSystem => Answer is null;
}

public sealed record SourceLink(string Url, LocalizedText Title);
