using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads a message in the light of the topic answered last. A message the classifier is unsure of, or a short one that
/// starts like a follow-up ("а сколько стоит?", "а для ТОО?"), says too little alone: it is read as about the last
/// topic, first through a sibling it names (knowledge/system/follow-ups.yaml), then by classifying it joined with the
/// last topic's title, accepted only when that is confident. Shared by the engine and <c>chatbot nlu eval --follow-ups</c>.
/// </summary>
public static class FollowUpReading
{
    /// <param name="alone">The decision on the message by itself.</param>
    /// <param name="scores">The classifier's scores of the message by itself.</param>
    /// <returns>The FAQ topic the message asks about in context, or null when the context does not help.</returns>
    public static FollowUp? Read(
        string text,
        string? lastTopic,
        Decision alone,
        IReadOnlyList<IntentScore> scores,
        KnowledgeBase knowledge,
        Language language,
        IIntentClassifier classifier)
    {
        if (lastTopic is null || knowledge.Find(lastTopic) is not { IsSystem: false } last)
        {
            return null;
        }

        var rules = knowledge.FollowUps;

        // Off-topic ("какая погода") is not made a follow-up just because it came after an answer.
        var unsure = alone is not Decision.Accept && scores.FirstOrDefault()?.Intent != DecisionPolicy.OutOfScope;
        if (!unsure && !rules.LooksLikeFollowUp(text))
        {
            return null;
        }

        if (rules.SwitchFrom(last.Id, text) is { } sibling && knowledge.Find(sibling) is { IsSystem: false })
        {
            return new FollowUp(sibling, null);
        }

        var joined = classifier.Classify(text + " " + last.Title.In(language));
        if (DecisionPolicy.Decide(joined, knowledge.Thresholds) is not Decision.Accept accept
            || knowledge.Find(accept.Top.Intent) is not { IsSystem: false })
        {
            return null;
        }

        // A message understood alone ("когда сдавать 910?" after an answer on opening an ИП) changes the topic:
        // the last topic's title may pull it back only when the joined reading is surer than the message alone.
        return alone is Decision.Accept own && own.Top.Intent != accept.Top.Intent && own.Top.Probability >= accept.Top.Probability
            ? null
            : new FollowUp(accept.Top.Intent, accept.Top.Probability);
    }
}

/// <summary>The topic a follow-up is about; the confidence is null for a sibling named outright.</summary>
public sealed record FollowUp(string Intent, double? Confidence);
