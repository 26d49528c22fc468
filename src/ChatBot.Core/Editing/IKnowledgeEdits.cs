using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Editing;

/// <summary>
/// The editors' changes to the live knowledge: each is validated as <c>chatbot check</c> validates the files, kept with
/// its author, time and the previous version, and followed by a retraining in the background.
/// </summary>
public interface IKnowledgeEdits
{
    /// <summary>Adds <paramref name="text"/> as a phrasing of the topic (or system intent) <paramref name="intentId"/>.</summary>
    KnowledgeEditResult AddPhrasing(string intentId, Language language, string text, string author);

    /// <summary>Adds <paramref name="text"/> as an example of what the bot does not cover (a negative example).</summary>
    KnowledgeEditResult AddOutOfScope(Language language, string text, string author);

    /// <summary>Saves a topic, new (an id not yet used) or changed.</summary>
    KnowledgeEditResult SaveTopic(IntentDefinition topic, string author);
}

/// <param name="Refusal">Why the change was not saved (the validation's message), or null when it was.</param>
/// <param name="Version">The live knowledge's version after the change.</param>
public sealed record KnowledgeEditResult(string? Refusal, long Version)
{
    public bool Saved => Refusal is null;

    public static KnowledgeEditResult Refused(string reason, long version) => new(reason, version);
}
