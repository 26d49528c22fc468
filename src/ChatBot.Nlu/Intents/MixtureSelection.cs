using ChatBot.Core.Understanding;
using Microsoft.ML;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// Chooses <see cref="ScoreMixture"/>'s weight and temperature by 3-fold cross-validation on the training rows: each
/// fold is scored by both components trained on the other two, and the pair with the highest mean log-probability of
/// the true intent wins (a proper score: the decision thresholds read these probabilities). Deterministic: the folds
/// are dealt with a fixed seed and ties go to the smaller weight.
/// Only when intents have few examples (median at most <see cref="FewExamples"/>): that is where the centroid helps,
/// and where three more trainings are cheap; with the knowledge base's ~85 phrasings per topic they would take its
/// training from 16 s to ~45 s, and the maximum entropy model alone is what cross-validation picks as data grows
/// (docs/understanding.md, "Learning curve").
/// </summary>
internal static class MixtureSelection
{
    public const int FewExamples = 30;

    public const int Folds = 3;

    public static readonly float[] Weights = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1f];

    public static readonly float[] Temperatures = [0.01f, 0.02f, 0.03f, 0.05f, 0.07f, 0.1f, 0.15f, 0.2f];

    public static bool HasFewExamples(IReadOnlyList<TextRow> rows)
    {
        var counts = rows.Where(r => r.Label != DecisionPolicy.OutOfScope).GroupBy(r => r.Label).Select(g => g.Count()).Order().ToList();
        return counts.Count > 0 && counts[(counts.Count - 1) / 2] <= FewExamples;
    }

    public static ScoreMixture Choose(MLContext ml, IReadOnlyList<TextRow> rows, bool withEmbedding, string[] labels)
    {
        if (!HasFewExamples(rows))
        {
            return ScoreMixture.MaxEntOnly;
        }

        var heldOut = HeldOutScores(ml, rows, withEmbedding, labels);
        return heldOut is null ? ScoreMixture.MaxEntOnly : Best(heldOut);
    }

    /// <summary>The pair that scores the held-out rows best; <paramref name="heldOut"/> in the model's label order.</summary>
    public static ScoreMixture Best(IReadOnlyList<HeldOutScore> heldOut)
    {
        var best = ScoreMixture.MaxEntOnly;
        var bestScore = (Correct: -1, LogLikelihood: double.MinValue);
        foreach (var temperature in Temperatures)
        {
            foreach (var weight in Weights)
            {
                var mixture = new ScoreMixture(weight, temperature);
                var correct = 0;
                double logLikelihood = 0;
                foreach (var held in heldOut)
                {
                    var mixed = mixture.Mix(held.MaxEnt, held.Cosines);
                    var top = 0;
                    for (var k = 1; k < mixed.Length; k++)
                    {
                        top = mixed[k] > mixed[top] ? k : top;
                    }

                    correct += top == held.Truth ? 1 : 0;
                    logLikelihood += Math.Log(Math.Max(mixed[held.Truth], 1e-6));
                }

                if (correct > bestScore.Correct || (correct == bestScore.Correct && logLikelihood > bestScore.LogLikelihood + 1e-9))
                {
                    (best, bestScore) = (mixture, (correct, logLikelihood));
                }
            }
        }

        return best;
    }

    private static List<HeldOutScore>? HeldOutScores(MLContext ml, IReadOnlyList<TextRow> rows, bool withEmbedding, string[] labels)
    {
        var indexOf = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
        var random = new Random(IntentPipeline.Seed);
        var foldOf = new int[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Label))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < shuffled.Count; k++)
            {
                foldOf[shuffled[k]] = k % Folds;
            }
        }

        var heldOut = new List<HeldOutScore>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = rows.Where((_, i) => foldOf[i] != fold).ToList();
            var test = rows.Where((_, i) => foldOf[i] == fold).ToList();
            if (train.Select(r => r.Label).Distinct().Count() < 2 || test.Count == 0)
            {
                return null;
            }

            var fitted = FittedComponents.Fit(ml, train, withEmbedding);
            var toModel = fitted.Labels.Select(label => indexOf[label]).ToArray();
            var predictions = ml.Data.CreateEnumerable<ScoreRow>(fitted.Transformer.Transform(ml.Data.LoadFromEnumerable(test)), reuseRowObject: false);
            foreach (var (prediction, row) in predictions.Zip(test))
            {
                heldOut.Add(new HeldOutScore(indexOf[row.Label], Spread(prediction.Score, toModel, labels.Length), Spread(fitted.Centroids.Cosines(prediction.Features), toModel, labels.Length)));
            }
        }

        return heldOut;
    }

    /// <summary>A fold's scores in the model's label order; an intent the fold did not see scores 0.</summary>
    private static float[] Spread(float[] scores, int[] toModel, int count)
    {
        var result = new float[count];
        for (var i = 0; i < scores.Length; i++)
        {
            result[toModel[i]] = scores[i];
        }

        return result;
    }
}

/// <summary>Both components' scores for a row held out of their training, and the index of its true intent.</summary>
internal sealed record HeldOutScore(int Truth, float[] MaxEnt, float[] Cosines);
