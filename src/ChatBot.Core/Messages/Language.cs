namespace ChatBot.Core.Messages;

/// <summary>The languages the bot answers in. English is detected but answered in Russian.</summary>
public enum Language
{
    Ru,
    Kk,
}

public static class LanguageCodes
{
    public static string Code(this Language language) => language == Language.Kk ? "kk" : "ru";

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "ru" or "rus" or "русский" or "орыс" or "орысша":
                language = Language.Ru;
                return true;
            case "kk" or "kz" or "kaz" or "қазақша" or "казахский" or "қазақ" or "kazakh":
                language = Language.Kk;
                return true;
            default:
                language = Language.Ru;
                return false;
        }
    }
}
