using ChatBot.Core.Understanding;
using ChatBot.Nlu.Intents;

namespace ChatBot.Nlu.Evaluation;

/// <summary>A test example with the classifier's scores for it and how long they took.</summary>
public sealed record ScoredExample(TrainingExample Example, IReadOnlyList<IntentScore> Scores, double Milliseconds)
{
    public bool IsOutOfScope => Example.Label == DecisionPolicy.OutOfScope;

    public static IReadOnlyList<ScoredExample> Score(IIntentClassifier classifier, IEnumerable<TrainingExample> examples) =>
        examples.Select(example =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var scores = classifier.Classify(example.Text);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new ScoredExample(example, scores, elapsed);
        }).ToList();
}
