using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Web.Widget;

/// <summary>
/// The widget's own labels (launcher, send, typing, errors) come from texts.yaml like every other text the user sees,
/// written into widget.js when the service starts: one source for both languages, no request to fetch them.
/// </summary>
internal static class WidgetTexts
{
    public const string Prefix = "widget_";

    public static readonly IReadOnlyList<string> Keys =
    [
        "widget_open", "widget_title", "widget_close", "widget_log", "widget_input", "widget_placeholder", "widget_send",
        "widget_typing", "widget_you", "widget_bot", "widget_operator", "widget_new_tab", "widget_language", "widget_offline",
        "widget_error", "widget_rate_limited", "widget_too_long", "widget_unread", "widget_download",
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <returns><c>{"ru": {"open": "..."}, "kk": {...}}</c>, keys without the prefix.</returns>
    /// <exception cref="KeyNotFoundException">A key is missing from texts.yaml: the service does not start.</exception>
    public static string AsJson(TextCatalog texts) => JsonSerializer.Serialize(
        new Dictionary<string, Dictionary<string, string>>
        {
            ["ru"] = In(texts, Language.Ru),
            ["kk"] = In(texts, Language.Kk),
        },
        Json);

    private static Dictionary<string, string> In(TextCatalog texts, Language language) =>
        Keys.ToDictionary(key => key[Prefix.Length..], key => texts.Get(key, language).Trim());
}
