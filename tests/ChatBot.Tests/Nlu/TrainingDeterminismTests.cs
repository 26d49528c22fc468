using ChatBot.Nlu.Intents;
using ChatBot.Testing;

namespace ChatBot.Tests.Nlu;

/// <summary>
/// The solver sums the gradient on two threads; the shares are added in a fixed order, so the same examples still
/// give the same model, which the model cache and every figure of docs/understanding.md rely on.
/// </summary>
public sealed class TrainingDeterminismTests
{
    [Fact]
    public void TrainingTwiceOnTheSameExamplesGivesTheSameProbabilities()
    {
        var intents = SharedModel.Knowledge.Intents.Take(8).Select(i => i.Id).ToHashSet();
        var examples = KnowledgeExamples.From(SharedModel.Knowledge).Where(e => intents.Contains(e.Label)).ToList();
        var probes = examples.Where((_, i) => i % 17 == 0).Select(e => e.Text + " сегодня").ToList();

        var first = IntentModelTrainer.Train(examples);
        var second = IntentModelTrainer.Train(examples);

        foreach (var text in probes)
        {
            Assert.Equal(first.Classify(text).Select(s => (s.Intent, s.Probability)), second.Classify(text).Select(s => (s.Intent, s.Probability)));
        }
    }
}
