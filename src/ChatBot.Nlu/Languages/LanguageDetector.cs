using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Nlu.Languages;

/// <summary>
/// Russian, Kazakh or English per message. Kazakh-only letters settle it at once; English is
/// recognised by its common words; otherwise a character n-gram model trained on the knowledge
/// base decides, and a short message only counts as a hint.
/// </summary>
public sealed class LanguageDetector : ILanguageDetector
{
    private const string KazakhLetters = "әғқңөұүһі";
    private const double ConfidentMargin = 2.0;

    private readonly CharNgramLanguageModel _model;

    internal LanguageDetector(CharNgramLanguageModel model) => _model = model;

    public static LanguageDetector TrainedOn(KnowledgeBase knowledge)
    {
        IReadOnlyList<string> TextsIn(Language language) => knowledge.Intents
            .SelectMany(i => i.Questions[language].Concat(i.Answer is null ? [] : [i.Answer.In(language)]))
            .ToList();

        return new LanguageDetector(new CharNgramLanguageModel([TextsIn(Language.Ru), TextsIn(Language.Kk)]));
    }

    public DetectedLanguage Detect(string text)
    {
        var lower = text.ToLowerInvariant();
        var words = CommonEnglishWords.Split(lower);
        var letters = lower.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return new DetectedLanguage(LanguageGuess.Unknown, false);
        }

        if (letters.Any(c => KazakhLetters.Contains(c)))
        {
            return new DetectedLanguage(LanguageGuess.Kk, true);
        }

        var latin = letters.All(c => c is >= 'a' and <= 'z');
        if (latin && words.Length > 0 && words.Count(CommonEnglishWords.Contains) * 2 >= words.Length)
        {
            return new DetectedLanguage(LanguageGuess.En, words.Length >= 2);
        }

        var scores = _model.Score(lower);
        var guess = scores[0] >= scores[1] ? LanguageGuess.Ru : LanguageGuess.Kk;
        var confident = words.Length >= 2 && Math.Abs(scores[0] - scores[1]) >= ConfidentMargin;
        return new DetectedLanguage(guess, confident);
    }
}
