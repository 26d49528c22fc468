using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// The one training pipeline, shared by the service, the evaluation and the benchmark: TF-IDF word uni-
/// and bigrams plus character 1–4-grams, for English training data side by side with the MiniLM
/// sentence embedding (<see cref="EnglishTrainingData"/>), then L-BFGS maximum entropy without L1.
/// L2 = 0.0001 (not the 0.1 that suits CLINC150's 100 examples per intent): with ~30 variants per intent
/// a stronger L2 flattens the probabilities until no answer clears a threshold (docs/understanding.md).
/// The solver stops at a mean relative improvement of 3e-6 rather than 1e-7, keeps 10 past steps rather than 20 and sums
/// the gradient on two threads: training the knowledge base takes about half the time and a third less memory, with
/// the same figures on the held-out questions (docs/understanding.md, "Training time").
/// Beside the classifier, a nearest centroid over the same features (<see cref="NearestCentroid"/>), mixed in when
/// intents have few phrasings (<see cref="MixtureSelection"/>).
/// </summary>
internal static class IntentPipeline
{
    /// <summary>Changes whenever the pipeline below changes, so that cached models are retrained.</summary>
    public const string Version = "tfidf-words1-2+chars1-4+minilm-x2-for-english/lbfgs-l2-0.0001-tol3e-6-history10-threads2+nearest-centroid-mixture-cv3/v5";

    /// <summary>
    /// Both blocks have unit length and one L2 serves both; weighting the embedding ×2 pulls its weights less
    /// towards zero. Chosen by CLINC150's validation accuracy among 0.03–4 (docs/clinc150.md).
    /// </summary>
    public const float EmbeddingWeight = 2f;

    public const int Seed = 20260101;

    // TF-IDF rather than raw counts: words every topic shares ("как", "ип", "2026") weigh less.
    private const NgramExtractingEstimator.WeightingCriteria TfIdf = NgramExtractingEstimator.WeightingCriteria.TfIdf;

    private const string NgramFeatures = "NgramFeatures";

    /// <summary>
    /// The features: the labels as keys and the "Features" column, fitted and cached apart from the trainer so that the
    /// nearest centroid (<see cref="NearestCentroid"/>) is built from the same vectors without featurising twice.
    /// </summary>
    public static IEstimator<ITransformer> Features(MLContext ml, bool withEmbedding)
    {
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepNumbers = true,
            KeepPunctuations = false,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true, Weighting = TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var features = withEmbedding
            ? ml.Transforms.Text.FeaturizeText(NgramFeatures, featurizer, nameof(TextRow.Text))
                .Append(ml.Transforms.Concatenate("Features", NgramFeatures, nameof(TextRow.Embedding)))
            : (IEstimator<ITransformer>)ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TextRow.Text));
        return ml.Transforms.Conversion.MapValueToKey("Label").Append(features);
    }

    /// <summary>The classifier, trained on <see cref="Features"/>' output (cached: L-BFGS passes over it many times).</summary>
    public static IEstimator<ITransformer> Trainer(MLContext ml)
    {
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L1Regularization = 0f,
            L2Regularization = 0.0001f,
            OptimizationTolerance = 3e-6f,
            HistorySize = 10,

            // Two, not the machine's count: each thread sums the gradient of its own share of the rows and the shares
            // are added in a fixed order, so a fixed count gives the same model every time and on every machine.
            NumberOfThreads = 2,
        };
        return ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer);
    }

    /// <summary>Read from a trained or loaded model: only the embedding's pipeline names the n-grams apart.</summary>
    public static bool UsesEmbedding(DataViewSchema outputSchema) => outputSchema.GetColumnOrNull(NgramFeatures) is not null;
}
