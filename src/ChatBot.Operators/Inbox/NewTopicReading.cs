using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Operators.Inbox;

/// <summary>
/// A <see cref="NewTopicRequest"/> as a topic, or what is missing from it. Only what makes a topic at all is checked
/// here; everything else is the live knowledge's validation, the same as <c>chatbot check</c>'s.
/// </summary>
internal static class NewTopicReading
{
    public static IntentDefinition? Read(NewTopicRequest request, out string? error)
    {
        error = Missing(request);
        if (error is not null)
        {
            return null;
        }

        if (!TryDate(request.AsOf, out var asOf) || !TryDate(request.ReviewBy, out var reviewBy))
        {
            error = "asOf and reviewBy are dates as 2026-01-31";
            return null;
        }

        var questions = new Dictionary<Language, IReadOnlyList<string>>
        {
            [Language.Ru] = Clean(request.Questions?.Ru),
            [Language.Kk] = Clean(request.Questions?.Kk),
        };
        return new IntentDefinition(
            request.Id!.Trim(),
            request.Category!.Trim(),
            Pair(request.Title!),
            questions,
            Pair(request.Answer!),
            (request.Links ?? []).Select(l => new SourceLink(l.Url?.Trim() ?? "", Pair(l.Title ?? new TextPair(l.Url, l.Url)))).ToList(),
            [],
            asOf,
            request.Short is { Ru.Length: > 0 } or { Kk.Length: > 0 } ? Pair(request.Short) : null,
            reviewBy);
    }

    private static string? Missing(NewTopicRequest request) =>
        string.IsNullOrWhiteSpace(request.Id) ? "the new topic needs an id"
        : string.IsNullOrWhiteSpace(request.Category) ? "the new topic needs a category"
        : request.Title is not { Ru.Length: > 0, Kk.Length: > 0 } ? "the new topic needs a title in ru and kk"
        : request.Answer is not { Ru.Length: > 0, Kk.Length: > 0 } ? "the new topic needs an answer in ru and kk"
        : null;

    private static LocalizedText Pair(TextPair pair) => new(pair.Ru?.Trim() ?? "", pair.Kk?.Trim() ?? "");

    private static List<string> Clean(IReadOnlyList<string>? questions) =>
        (questions ?? []).Select(q => q.Trim()).Where(q => q.Length > 0).ToList();

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
