using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Testing;

/// <summary>
/// Stands in for the live knowledge's editing: keeps every change asked of it, in order, and refuses the texts it is
/// told to refuse, with a reason as the validation would give one.
/// </summary>
public sealed class RecordingKnowledgeEdits : IKnowledgeEdits
{
    private readonly List<string> _changes = [];
    private readonly List<IntentDefinition> _topics = [];
    private long _version;

    /// <summary>"phrasing topic ru: text", "out-of-scope kk: text", "topic id".</summary>
    public IReadOnlyList<string> Changes
    {
        get
        {
            lock (_changes)
            {
                return [.. _changes];
            }
        }
    }

    public IReadOnlyList<IntentDefinition> SavedTopics
    {
        get
        {
            lock (_changes)
            {
                return [.. _topics];
            }
        }
    }

    /// <summary>A text (or topic id) this fake refuses as invalid.</summary>
    public string? Refuse { get; set; }

    public KnowledgeEditResult AddPhrasing(string intentId, Language language, string text, string author) =>
        Record(text, $"phrasing {intentId} {language.Code()}: {text} by {author}");

    public KnowledgeEditResult AddOutOfScope(Language language, string text, string author) =>
        Record(text, $"out-of-scope {language.Code()}: {text} by {author}");

    public KnowledgeEditResult SaveTopic(IntentDefinition topic, string author)
    {
        lock (_changes)
        {
            if (topic.Id == Refuse)
            {
                return KnowledgeEditResult.Refused($"topic '{topic.Id}': refused by the test", _version);
            }

            _topics.Add(topic);
            _changes.Add($"topic {topic.Id} by {author}");
            return new KnowledgeEditResult(null, ++_version);
        }
    }

    private KnowledgeEditResult Record(string text, string change)
    {
        lock (_changes)
        {
            if (text == Refuse)
            {
                return KnowledgeEditResult.Refused($"'{text}' is refused by the test", _version);
            }

            _changes.Add(change);
            return new KnowledgeEditResult(null, ++_version);
        }
    }
}
