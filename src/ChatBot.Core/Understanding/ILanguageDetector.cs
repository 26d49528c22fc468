namespace ChatBot.Core.Understanding;

/// <summary>Tells which language a message is written in.</summary>
public interface ILanguageDetector
{
    DetectedLanguage Detect(string text);
}

public enum LanguageGuess
{
    Unknown,
    Ru,
    Kk,
    En,
}

/// <param name="Confident">False for messages too short or too mixed to switch the conversation's language.</param>
public sealed record DetectedLanguage(LanguageGuess Guess, bool Confident);
