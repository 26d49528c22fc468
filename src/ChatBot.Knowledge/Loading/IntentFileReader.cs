using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Loading;

/// <summary>Reads one file of intents (FAQ topics or system intents) and checks each on its own.</summary>
internal static partial class IntentFileReader
{
    public const string SystemCategory = "system";
    public const int MinRussianQuestions = 10;
    public const int MinKazakhQuestions = 6;

    /// <summary>What fits a phone screen or the widget above its buttons without scrolling.</summary>
    public const int MaxShortAnswerLength = 400;

    public static IReadOnlyList<ParsedIntent> Read(YamlFile file)
    {
        var list = file.Sequence(file.Root, "intents");
        if (list is null)
        {
            return [];
        }

        var intents = new List<ParsedIntent>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Error(item, "each intent must be a mapping");
                continue;
            }

            if (ReadIntent(file, map) is { } intent)
            {
                intents.Add(intent);
            }
        }

        return intents;
    }

    private static ParsedIntent? ReadIntent(YamlFile file, YamlMappingNode map)
    {
        var id = file.Scalar(map, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            file.Error(YamlFile.Child(map, "id"), $"intent id '{id}' may hold only lower-case letters, digits, '_' and '.'");
        }

        var category = file.Scalar(map, "category");
        var isSystem = category == SystemCategory;
        var title = LocalizedTextReader.Read(file, map, "title");
        var (questions, questionLines) = ReadQuestions(file, map, id, isSystem);
        var answer = isSystem ? null : ReadAnswer(file, map);
        var links = isSystem ? [] : ReadLinks(file, map);
        var related = ReadRelated(file, map);
        var asOf = ReadAsOf(file, map, required: !isSystem);
        var reviewBy = ReadReviewBy(file, map, asOf);
        var shortAnswer = isSystem ? null : ReadShort(file, map);
        if (id is null || category is null || title is null || questions is null || (!isSystem && answer is null))
        {
            return null;
        }

        var definition = new IntentDefinition(id, category, title, questions, answer, links, related.Select(r => r.Id).ToList(), asOf, shortAnswer, reviewBy);
        return new ParsedIntent(definition, file.Path, map.Start.Line, questionLines, related);
    }

    private static (IReadOnlyDictionary<Language, IReadOnlyList<string>>?, List<(string, long)>) ReadQuestions(
        YamlFile file, YamlMappingNode map, string? id, bool isSystem)
    {
        var lines = new List<(string, long)>();
        var questions = file.Mapping(map, "questions");
        if (questions is null)
        {
            return (null, lines);
        }

        var result = new Dictionary<Language, IReadOnlyList<string>>();
        foreach (var (language, code, minimum) in new[] { (Language.Ru, "ru", MinRussianQuestions), (Language.Kk, "kk", MinKazakhQuestions) })
        {
            var sequence = file.Sequence(questions, code);
            if (sequence is null)
            {
                continue;
            }

            var strings = file.Strings(sequence);
            if (!isSystem && strings.Count < minimum)
            {
                file.Error(sequence, $"intent '{id}' has {strings.Count} '{code}' questions; at least {minimum} are needed");
            }

            result[language] = strings.Select(s => s.Value).ToList();
            lines.AddRange(strings.Select(s => (s.Value, s.Node.Start.Line)));
        }

        return (result.Count == 2 ? result : null, lines);
    }

    private static LocalizedText? ReadAnswer(YamlFile file, YamlMappingNode map) => LocalizedTextReader.Read(file, map, "answer");

    private static List<SourceLink> ReadLinks(YamlFile file, YamlMappingNode map)
    {
        var links = new List<SourceLink>();
        var sequence = file.Sequence(map, "links", required: false);
        foreach (var item in sequence?.Children ?? [])
        {
            if (item is not YamlMappingNode link)
            {
                file.Error(item, "a link must be a mapping with 'url' and 'title'");
                continue;
            }

            var url = file.Scalar(link, "url");
            var title = LocalizedTextReader.Read(file, link, "title");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")))
            {
                file.Error(YamlFile.Child(link, "url"), $"'{url}' is not an absolute http(s) address");
            }
            else if (url is not null && title is not null)
            {
                links.Add(new SourceLink(url, title));
            }
        }

        return links;
    }

    private static List<(string Id, long Line)> ReadRelated(YamlFile file, YamlMappingNode map)
    {
        var sequence = file.Sequence(map, "related", required: false);
        return sequence is null ? [] : file.Strings(sequence).Select(s => (s.Value, s.Node.Start.Line)).ToList();
    }

    /// <summary>The optional short answer; each language at most <see cref="MaxShortAnswerLength"/> characters.</summary>
    private static LocalizedText? ReadShort(YamlFile file, YamlMappingNode map)
    {
        var text = LocalizedTextReader.Read(file, map, "short", required: false);
        if (text is null)
        {
            return null;
        }

        var tooLong = false;
        foreach (var (code, value) in new[] { ("ru", text.Ru), ("kk", text.Kk) })
        {
            if (value.Length > MaxShortAnswerLength)
            {
                var node = YamlFile.Child((YamlMappingNode)YamlFile.Child(map, "short")!, code);
                file.Error(node, $"the '{code}' short answer has {value.Length} characters; at most {MaxShortAnswerLength} are allowed");
                tooLong = true;
            }
        }

        return tooLong ? null : text;
    }

    /// <summary>A date (YYYY-MM-DD), or a bare year as older files have it, read as 1 January of that year.</summary>
    private static DateOnly? ReadAsOf(YamlFile file, YamlMappingNode map, bool required)
    {
        var text = file.Scalar(map, "as_of", required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            return new DateOnly(year, 1, 1);
        }

        if (TryParseDate(text) is { } date)
        {
            return date;
        }

        file.Error(YamlFile.Child(map, "as_of"), $"'as_of' must be a date (YYYY-MM-DD) or a year, not '{text}'");
        return null;
    }

    private static DateOnly? ReadReviewBy(YamlFile file, YamlMappingNode map, DateOnly? asOf)
    {
        var text = file.Scalar(map, "review_by", required: false);
        if (text is null)
        {
            return null;
        }

        var node = YamlFile.Child(map, "review_by");
        if (TryParseDate(text) is not { } date)
        {
            file.Error(node, $"'review_by' must be a date (YYYY-MM-DD), not '{text}'");
            return null;
        }

        if (asOf is { } checkedOn && date <= checkedOn)
        {
            file.Error(node, $"'review_by' {text} must be after 'as_of' {checkedOn:yyyy-MM-dd}");
            return null;
        }

        return date;
    }

    private static DateOnly? TryParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100
            ? date
            : null;

    [GeneratedRegex(@"^[a-z0-9_.]+$")]
    private static partial Regex IdPattern();
}
