using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Handoff;

/// <summary>
/// "Оцените помощь оператора": asked with the notice that the operator gave the conversation back or closed it, one tap
/// of 1–5 (docs/reports.md, "Satisfaction"). The buttons name the handoff, so a late tap rates the right one.
/// </summary>
public static class OperatorRating
{
    public const int Lowest = 1;
    public const int Highest = 5;
    private const string Prefix = "handoff:rate:";

    public static string Payload(string handoffId, int score) => $"{Prefix}{handoffId}:{score}";

    public static bool TryRead(string? payload, out string handoffId, out int score)
    {
        handoffId = "";
        score = 0;
        if (payload is null || !payload.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = payload[Prefix.Length..];
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out score)
            || score is < Lowest or > Highest)
        {
            return false;
        }

        handoffId = rest[..colon];
        return true;
    }

    /// <summary>The operator's closing notice followed by the question, with its five buttons.</summary>
    public static OutgoingMessage Asked(TextCatalog texts, Language language, string notice, string handoffId) => new(
        notice.Trim() + "\n\n" + texts.Get(TextKeys.HandoffRating, language).Trim(),
        [.. Enumerable.Range(Lowest, Highest).Select(score => new Button(score.ToString(System.Globalization.CultureInfo.InvariantCulture), Payload(handoffId, score)))],
        []);
}
