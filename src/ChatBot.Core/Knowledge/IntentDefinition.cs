using ChatBot.Core.Messages;

namespace ChatBot.Core.Knowledge;

/// <summary>One intent of the classifier: an FAQ topic with its answer, or a system intent the engine acts on.</summary>
/// <param name="AsOf">When the answer was checked against its sources; a bare year in the file reads as 1 January of it.</param>
/// <param name="Short">The direct answer shown first, when the topic has one; the full answer follows on request.</param>
/// <param name="ReviewBy">When an editor must check the answer again.</param>
public sealed record IntentDefinition(
    string Id,
    string Category,
    LocalizedText Title,
    IReadOnlyDictionary<Language, IReadOnlyList<string>> Questions,
    LocalizedText? Answer,
    IReadOnlyList<SourceLink> Links,
    IReadOnlyList<string> Related,
    DateOnly? AsOf,
    LocalizedText? Short = null,
    DateOnly? ReviewBy = null)
{
    public bool IsSystem => Answer is null;

    /// <summary>What the bot answers first: the short answer when there is one, else the full answer.</summary>
    public LocalizedText? FirstAnswer => Short ?? Answer;
}

public sealed record SourceLink(string Url, LocalizedText Title);
