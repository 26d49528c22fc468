using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Nlu.Evaluation;

/// <summary>A question, then a follow-up to its answer, and the topic the follow-up is about.</summary>
public sealed record FollowUpPair(string First, string FollowUp, string Lang, string Expected);

/// <summary>The share of follow-ups answered with the expected topic, read alone and read after the first question.</summary>
public sealed record FollowUpScore(
    [property: JsonPropertyName("n")] int Count,
    [property: JsonPropertyName("before")] double Before,
    [property: JsonPropertyName("after")] double After);

/// <summary>
/// <c>chatbot nlu eval --follow-ups FILE</c>: each pair is played as the engine plays it. The first question is
/// classified and, when accepted, becomes the last topic; the follow-up is then scored without context ("before":
/// the decision on it alone) and with it ("after": <see cref="FollowUpReading"/>, falling back to the decision alone).
/// </summary>
public static class FollowUpEvaluation
{
    /// <summary>Scores by language ("ru", "kk"), in that order, and "all".</summary>
    public static IReadOnlyDictionary<string, FollowUpScore> Run(IReadOnlyList<FollowUpPair> pairs, IIntentClassifier classifier, KnowledgeBase knowledge)
    {
        var outcomes = pairs.Select(pair => (pair.Lang, Outcome: Play(pair, classifier, knowledge))).ToList();
        return Summarise(outcomes.Select(o => (o.Lang, (o.Outcome.Before, o.Outcome.After))).ToList());
    }

    /// <summary>Scores by language of outcomes already played (see <see cref="Run"/>).</summary>
    public static IReadOnlyDictionary<string, FollowUpScore> Summarise(IReadOnlyList<(string Lang, (bool Before, bool After) Outcome)> outcomes)
    {
        var result = outcomes
            .GroupBy(o => o.Lang)
            .OrderBy(g => g.Key == "ru" ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score(g.Select(o => o.Outcome).ToList()));
        result["all"] = Score(outcomes.Select(o => o.Outcome).ToList());
        return result;
    }

    public static IReadOnlyList<FollowUpPair> Read(string path) => JsonLinesFile.Read(path, ParsePair);

    private static FollowUpPair ParsePair(JsonElement root)
    {
        string Field(string name) => root.GetProperty(name).GetString() is { Length: > 0 } value
            ? value
            : throw new FormatException($"'{name}' must be a non-empty string");
        var lang = Field("lang");
        if (!LanguageCodes.TryParse(lang, out _))
        {
            throw new FormatException($"'lang' must be ru or kk, not '{lang}'");
        }

        return new FollowUpPair(Field("first"), Field("follow_up"), lang, Field("expected"));
    }

    /// <summary>Whether the follow-up got the expected topic without and with the first question's topic.</summary>
    public static (bool Before, bool After) Play(FollowUpPair pair, IIntentClassifier classifier, KnowledgeBase knowledge)
    {
        var (before, after) = Answers(pair, classifier, knowledge);
        return (before == pair.Expected, after == pair.Expected);
    }

    /// <summary>The topic the follow-up is answered with alone and after the first question (null: not answered).</summary>
    public static (string? Before, string? After) Answers(FollowUpPair pair, IIntentClassifier classifier, KnowledgeBase knowledge)
    {
        LanguageCodes.TryParse(pair.Lang, out var language);
        var firstScores = classifier.Classify(pair.First);
        var lastTopic = DecisionPolicy.Decide(firstScores, knowledge.Thresholds) is Decision.Accept first
            && knowledge.Find(first.Top.Intent) is { IsSystem: false }
            ? first.Top.Intent
            : null;

        var scores = classifier.Classify(pair.FollowUp);
        var alone = DecisionPolicy.Decide(scores, knowledge.Thresholds);
        var before = alone is Decision.Accept accept ? accept.Top.Intent : null;
        var after = FollowUpReading.Read(pair.FollowUp, lastTopic, alone, scores, knowledge, language, classifier)?.Intent ?? before;
        return (before, after);
    }

    private static FollowUpScore Score(IReadOnlyList<(bool Before, bool After)> outcomes) => outcomes.Count == 0
        ? new FollowUpScore(0, 0, 0)
        : new FollowUpScore(
            outcomes.Count,
            Math.Round((double)outcomes.Count(o => o.Before) / outcomes.Count, 3),
            Math.Round((double)outcomes.Count(o => o.After) / outcomes.Count, 3));
}
