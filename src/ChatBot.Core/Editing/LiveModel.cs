using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Editing;

/// <summary>A knowledge base and the model trained on it: a turn takes both at its start and finishes on them.</summary>
public sealed record LiveModel(KnowledgeBase Knowledge, IIntentClassifier Classifier, ModelStatus Status);

/// <param name="KnowledgeVersion">The live knowledge's version the model was trained on.</param>
/// <param name="ModelVersion">The model's own version (<see cref="TrainedModel.Version"/>).</param>
/// <param name="Scores">On the regression set when it was swapped in; null for the model the service started with.</param>
/// <param name="ScoresBefore">The model it replaced, on the same set at the same time.</param>
public sealed record ModelStatus(
    long KnowledgeVersion, string ModelVersion, DateTimeOffset TrainedAt, double TrainingSeconds, RegressionScores? Scores = null, RegressionScores? ScoresBefore = null);

/// <summary>The model turns use now, swapped whole: a turn that read the old one finishes on it.</summary>
public sealed class LiveModels(LiveModel first)
{
    private LiveModel _current = first;

    public LiveModel Current => Volatile.Read(ref _current);

    public void Swap(LiveModel next) => Volatile.Write(ref _current, next);
}
