using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Editing;

/// <summary>
/// The knowledge folder's YAML format as the editing rules need it: reading files as <c>chatbot check</c> reads them,
/// and writing topics back into them.
/// </summary>
public interface IKnowledgeFormat
{
    /// <summary>Reads and validates the files whole, as the loader reads the folder.</summary>
    KnowledgeReading Read(IReadOnlyList<KnowledgeFile> files);

    /// <summary>
    /// The file that holds <paramref name="topic"/>'s id rewritten with it in place, or, for a new id, the file of the
    /// first topic of its category (else a new <c>faq/{category}.yaml</c>) with it added at the end.
    /// </summary>
    KnowledgeFile WithTopic(KnowledgeReading reading, IReadOnlyList<KnowledgeFile> files, IntentDefinition topic);

    /// <summary>The file that holds <paramref name="intentId"/> rewritten without it.</summary>
    KnowledgeFile WithoutTopic(KnowledgeReading reading, IReadOnlyList<KnowledgeFile> files, string intentId);

    /// <summary>One topic as a file of its own, for the history.</summary>
    string TopicText(IntentDefinition topic);

    /// <summary>The topic of a <see cref="TopicText"/>.</summary>
    IntentDefinition ParseTopic(string text);
}

/// <param name="Knowledge">The knowledge, or null when <paramref name="Errors"/> has any.</param>
/// <param name="Errors">Each as <c>file:line: what is wrong</c>.</param>
/// <param name="FileOf">The path inside the folder of each intent's file.</param>
public sealed record KnowledgeReading(KnowledgeBase? Knowledge, IReadOnlyList<string> Errors, IReadOnlyDictionary<string, string> FileOf);
