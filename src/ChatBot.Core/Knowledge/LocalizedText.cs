using ChatBot.Core.Messages;

namespace ChatBot.Core.Knowledge;

/// <summary>A text every user-visible string has in both languages.</summary>
public sealed record LocalizedText(string Ru, string Kk)
{
    public string In(Language language) => language == Language.Kk ? Kk : Ru;
}
