using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Nlu.Intents;

/// <summary>The knowledge base's question variants as training examples, in a stable order.</summary>
public static class KnowledgeExamples
{
    public static IReadOnlyList<TrainingExample> From(KnowledgeBase knowledge) =>
        knowledge.Intents
            .SelectMany(intent => intent.Questions
                .OrderBy(q => q.Key)
                .SelectMany(q => q.Value.Select(text => new TrainingExample(text, intent.Id, q.Key.Code()))))
            .ToList();
}
