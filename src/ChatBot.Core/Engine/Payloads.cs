namespace ChatBot.Core.Engine;

/// <summary>The payloads of the buttons the bot sends; pressing one sends it back verbatim.</summary>
public static class Payloads
{
    public const string Menu = "menu";
    public const string Operator = "operator";
    public const string NoneOfThese = "none";
    public const string ForgetYes = "forget:yes";
    public const string ForgetNo = "forget:no";
    public const string LeaveQueue = "handoff:cancel";

    /// <summary>"All topics": the FAQ categories.</summary>
    public const string Topics = "topics";

    /// <summary>"Language": the choice of Russian or Kazakh.</summary>
    public const string ChooseLanguage = "lang";
    private const string IntentPrefix = "intent:";
    private const string RateUpPrefix = "rate:up:";
    private const string RateDownPrefix = "rate:down:";
    private const string CategoryPrefix = "menu:";
    private const string LanguagePrefix = "lang:";
    private const string MorePrefix = "more:";

    public static string Intent(string id) => IntentPrefix + id;

    public static string Category(string category) => CategoryPrefix + category;

    public static string Language(string code) => LanguagePrefix + code;

    /// <summary>"Подробнее" under a short answer: the topic's full answer.</summary>
    public static string More(string id) => MorePrefix + id;

    /// <summary>👍 under a topic's answer.</summary>
    public static string RateUp(string id) => RateUpPrefix + id;

    /// <summary>👎 under a topic's answer: the question goes to the editors' review inbox.</summary>
    public static string RateDown(string id) => RateDownPrefix + id;

    public static bool TryRateUp(string payload, out string id) => TryAfter(payload, RateUpPrefix, out id);

    public static bool TryRateDown(string payload, out string id) => TryAfter(payload, RateDownPrefix, out id);

    public static bool TryMore(string payload, out string id) => TryAfter(payload, MorePrefix, out id);

    public static bool TryIntent(string payload, out string id) => TryAfter(payload, IntentPrefix, out id);

    public static bool TryCategory(string payload, out string category) => TryAfter(payload, CategoryPrefix, out category);

    public static bool TryLanguage(string payload, out string code) => TryAfter(payload, LanguagePrefix, out code);

    private static bool TryAfter(string payload, string prefix, out string rest)
    {
        rest = payload.StartsWith(prefix, StringComparison.Ordinal) ? payload[prefix.Length..] : "";
        return rest.Length > 0;
    }
}
