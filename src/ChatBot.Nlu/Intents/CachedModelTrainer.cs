using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;

namespace ChatBot.Nlu.Intents;

/// <summary>
/// Trains on a knowledge base through the model cache: a knowledge base seen before (a reverted change) loads its model
/// in a moment, and the model's version is the cache's key of its examples.
/// </summary>
public sealed class CachedModelTrainer(string modelDir) : IModelTrainer
{
    public TrainedModel Train(KnowledgeBase knowledge)
    {
        var examples = KnowledgeExamples.From(knowledge);
        var (model, _) = new ModelCache(modelDir).LoadOrTrain(examples);
        model.WarmUp();
        return new TrainedModel(model, ModelCache.KeyOf(examples));
    }
}
