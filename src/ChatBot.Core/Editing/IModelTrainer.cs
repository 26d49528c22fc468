using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Editing;

/// <summary>Trains the intent model on a knowledge base (or loads the one already trained on the same examples).</summary>
public interface IModelTrainer
{
    TrainedModel Train(KnowledgeBase knowledge);
}

/// <param name="Version">Names the examples the model learnt: the same examples, the same version.</param>
public sealed record TrainedModel(IIntentClassifier Classifier, string Version);
