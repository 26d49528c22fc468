using System.Text.Json;
using ChatBot.Core.Understanding;
using ChatBot.Nlu.Intents;

namespace ChatBot.Nlu.Evaluation;

/// <summary>
/// Reads evaluation files: one JSON object a line, <c>{"text", "intent", "lang"?, "mention"?}</c>;
/// <c>label</c> is read as another name for <c>intent</c>; "oos" = out of scope. A bad line is a
/// <see cref="FormatException"/> naming the file and line (<see cref="JsonLinesFile"/>).
/// </summary>
public static class EvaluationSet
{
    public static IReadOnlyList<TrainingExample> Read(string path) =>
        ReadQuestions(path).Select(q => q.Example).ToList();

    public static IReadOnlyList<EvaluationQuestion> ReadQuestions(string path) => JsonLinesFile.Read(path, ParseLine);

    private static EvaluationQuestion ParseLine(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a line must be one JSON object");
        }

        var text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
        var label = root.TryGetProperty("intent", out var i) ? i.GetString()
            : root.TryGetProperty("label", out var l) ? l.GetString() : null;
        var lang = root.TryGetProperty("lang", out var g) ? g.GetString() : null;
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(label))
        {
            throw new FormatException("'text' and 'intent' must be non-empty");
        }

        var mention = root.TryGetProperty("mention", out var m) ? ReadMention(m, label, lang) : null;
        return new EvaluationQuestion(new TrainingExample(text, label, lang), mention);
    }

    private static IReadOnlyList<string> ReadMention(JsonElement mention, string label, string? lang)
    {
        if (mention.ValueKind != JsonValueKind.Array || mention.GetArrayLength() == 0
            || mention.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(k.GetString())))
        {
            throw new FormatException("'mention' must be a non-empty list of words");
        }

        // The words are looked for in the topic's answer in the question's language: an out-of-scope
        // line has no answer, and a line without a language would not say which one.
        if (label == DecisionPolicy.OutOfScope)
        {
            throw new FormatException("an out-of-scope line cannot have 'mention'");
        }

        if (string.IsNullOrWhiteSpace(lang))
        {
            throw new FormatException("a line with 'mention' needs 'lang'");
        }

        return mention.EnumerateArray().Select(k => k.GetString()!.Trim()).ToList();
    }
}
