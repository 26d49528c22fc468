namespace ChatBot.Core.Understanding;

/// <summary>Scores a user's text against every intent; best first, probabilities summing to one.</summary>
public interface IIntentClassifier
{
    IReadOnlyList<IntentScore> Classify(string text);
}
