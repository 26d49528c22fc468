using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Operators.Api;

/// <summary>Topics to and from the console's JSON; what the loader checks (lengths, counts, links) is left to it.</summary>
internal static class TopicBodies
{
    public static object View(IntentDefinition topic, DateOnly today) => new
    {
        id = topic.Id,
        category = topic.Category,
        title = Text(topic.Title),
        answer = topic.Answer is null ? null : Text(topic.Answer),
        @short = topic.Short is null ? null : Text(topic.Short),
        links = topic.Links.Select(l => new { url = l.Url, title = Text(l.Title) }),
        asOf = Date(topic.AsOf),
        reviewBy = Date(topic.ReviewBy),
        due = Core.Editing.ReviewDates.IsDue(topic, today),
        past = Core.Editing.ReviewDates.IsPast(topic, today),
        questions = new { ru = topic.Questions.GetValueOrDefault(Language.Ru) ?? [], kk = topic.Questions.GetValueOrDefault(Language.Kk) ?? [] },
        related = topic.Related,
    };

    public static object Summary(IntentDefinition topic, DateOnly today) => new
    {
        id = topic.Id,
        category = topic.Category,
        title = Text(topic.Title),
        reviewBy = Date(topic.ReviewBy),
        due = Core.Editing.ReviewDates.IsDue(topic, today),
        past = Core.Editing.ReviewDates.IsPast(topic, today),
    };

    /// <returns>The topic, or why the body cannot be one.</returns>
    public static (IntentDefinition? Topic, string? Error) Read(string id, TopicBody body, IntentDefinition? existing)
    {
        var category = body.Category ?? existing?.Category;
        if (string.IsNullOrWhiteSpace(category))
        {
            return (null, "'category' is missing");
        }

        var (title, titleError) = Localized(body.Title, "title");
        if (title is null)
        {
            return (null, titleError);
        }

        var (answer, answerError) = Localized(body.Answer, "answer");
        if (answer is null)
        {
            return (null, answerError);
        }

        // An empty short answer in both languages means none: the topic answers with the full answer.
        LocalizedText? shortAnswer = null;
        if (body.Short is { } given && (!string.IsNullOrWhiteSpace(given.Ru) || !string.IsNullOrWhiteSpace(given.Kk)))
        {
            (shortAnswer, var shortError) = Localized(body.Short, "short");
            if (shortAnswer is null)
            {
                return (null, shortError);
            }
        }

        if (!TryDate(body.AsOf, "asOf", required: true, out var asOf, out var asOfError) || !TryDate(body.ReviewBy, "reviewBy", required: false, out var reviewBy, out asOfError))
        {
            return (null, asOfError);
        }

        var links = new List<SourceLink>();
        foreach (var link in body.Links ?? [])
        {
            if (string.IsNullOrWhiteSpace(link.Url) || Localized(link.Title, "link title") is not ({ } linkTitle, _))
            {
                return (null, "each link needs a 'url' and a 'title' in ru and kk");
            }

            links.Add(new SourceLink(link.Url.Trim(), linkTitle));
        }

        var questions = body.Questions is { } q
            ? new Dictionary<Language, IReadOnlyList<string>> { [Language.Ru] = Clean(q.Ru), [Language.Kk] = Clean(q.Kk) }
            : existing?.Questions;
        if (questions is null)
        {
            return (null, "'questions' is missing: a new topic needs ru and kk phrasings");
        }

        var related = body.Related ?? existing?.Related ?? [];
        return (new IntentDefinition(id, category.Trim(), title, questions, answer, links, related, asOf, shortAnswer, reviewBy), null);
    }

    private static List<string> Clean(IReadOnlyList<string>? list) =>
        (list ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();

    private static (LocalizedText? Text, string? Error) Localized(LocalizedBody? body, string name) =>
        body is { Ru: { } ru, Kk: { } kk } && !string.IsNullOrWhiteSpace(ru) && !string.IsNullOrWhiteSpace(kk)
            ? (new LocalizedText(ru.Trim(), kk.Trim()), null)
            : (null, $"'{name}' needs both 'ru' and 'kk'");

    private static bool TryDate(string? text, string name, bool required, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = required ? $"'{name}' is missing (YYYY-MM-DD)" : null;
            return !required;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"'{name}' must be a date (YYYY-MM-DD), not '{text}'";
        return false;
    }

    private static object Text(LocalizedText text) => new { ru = text.Ru, kk = text.Kk };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
