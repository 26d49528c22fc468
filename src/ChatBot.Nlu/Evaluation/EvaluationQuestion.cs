using ChatBot.Nlu.Intents;

namespace ChatBot.Nlu.Evaluation;

/// <summary>
/// A line of an evaluation file: the message, its expected topic, and, when the question asks a
/// specific sub-case, the words one of which the answer must contain (word stems, any case).
/// </summary>
public sealed record EvaluationQuestion(TrainingExample Example, IReadOnlyList<string>? Mention = null);
