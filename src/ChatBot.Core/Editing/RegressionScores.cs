using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Editing;

/// <summary>The share of the regression set answered as expected, per language (0..1; 1 for a language without items).</summary>
public sealed record RegressionScores(double Ru, double Kk, int ItemsRu, int ItemsKk)
{
    /// <summary>
    /// A question counts as right when the decision policy does what it should: accepts the expected topic, or, for an
    /// out-of-scope question, accepts none.
    /// </summary>
    public static RegressionScores Of(IIntentClassifier classifier, KnowledgeBase knowledge, IReadOnlyList<RegressionItem> items)
    {
        double Share(string language, out int count)
        {
            var mine = items.Where(i => i.Language == language).ToList();
            count = mine.Count;
            return count == 0 ? 1 : (double)mine.Count(i => IsRight(classifier, knowledge, i)) / count;
        }

        var ru = Share("ru", out var ruCount);
        var kk = Share("kk", out var kkCount);
        return new RegressionScores(ru, kk, ruCount, kkCount);
    }

    private static bool IsRight(IIntentClassifier classifier, KnowledgeBase knowledge, RegressionItem item)
    {
        var decision = DecisionPolicy.Decide(classifier.Classify(item.Text), knowledge.Thresholds);
        return item.Intent == DecisionPolicy.OutOfScope
            ? decision is not Decision.Accept { Top.Intent: var accepted } || accepted == DecisionPolicy.OutOfScope
            : decision is Decision.Accept { Top.Intent: var intent } && intent == item.Intent;
    }
}
