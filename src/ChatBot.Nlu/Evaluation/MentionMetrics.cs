using System.Text.Json.Serialization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Nlu.Evaluation;

/// <summary>The texts the bot would show for a topic in a language (its answers); empty when it has none.</summary>
public delegate IReadOnlyList<string> AnswerTexts(string intent, string lang);

/// <summary>
/// Of the questions that ask a specific sub-case, the share the bot would answer directly with the
/// right topic AND with an answer that names the sub-case (<see cref="MentionCheck"/>).
/// </summary>
public sealed record MentionMetrics(
    [property: JsonPropertyName("n")] int Count,
    [property: JsonPropertyName("share")] double Share)
{
    public static MentionMetrics? Compute(
        IEnumerable<(ScoredExample Scored, EvaluationQuestion Question)> items, DecisionThresholds thresholds, AnswerTexts answers)
    {
        int asked = 0, addressed = 0;
        foreach (var (scored, question) in items)
        {
            if (question.Mention is not { } keywords)
            {
                continue;
            }

            asked++;
            addressed += Check(scored, question, keywords, thresholds, answers) == (true, true) ? 1 : 0;
        }

        return asked == 0 ? null : new MentionMetrics(asked, Math.Round((double)addressed / asked, 4));
    }

    /// <summary>Whether the bot would answer directly with the question's topic, and whether that answer names the sub-case.</summary>
    public static (bool RightTopic, bool Mentioned) Check(
        ScoredExample scored, EvaluationQuestion question, IReadOnlyList<string> keywords, DecisionThresholds thresholds, AnswerTexts answers)
    {
        var example = question.Example;
        var right = DecisionPolicy.Decide(scored.Scores, thresholds) is Decision.Accept accept && accept.Top.Intent == example.Label;
        return (right, right && answers(example.Label, example.Lang!).Any(answer => MentionCheck.Mentions(answer, keywords)));
    }
}
