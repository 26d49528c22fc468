using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// An <c>answered</c> event for every topic a session answered, and the topics' review-by dates over the year: the
/// tax regime was past its date from April until an editor checked it on 10 April, the patent from October on, VAT only
/// after the year; the other topics are current.
/// </summary>
public static class GeneratedReviews
{
    /// <summary>The editor's check of the tax regime (a new review-by date, the end of the year).</summary>
    public static readonly DateTimeOffset TaxRegimeChecked = Core.Time.AlmatyTime.ToUtc(new DateOnly(GeneratedYear.Year, 4, 10), new TimeOnly(12, 0));

    public static ReviewHistory History { get; } = new(
        [
            Topic("tax.regime", new DateOnly(GeneratedYear.Year, 12, 31)),
            Topic("patent", new DateOnly(GeneratedYear.Year, 9, 30)),
            Topic("vat", new DateOnly(GeneratedYear.Year + 1, 1, 10)),
            Topic("ip.open", new DateOnly(GeneratedYear.Year + 1, 6, 30)),
            Topic("grants", null),
        ],
        [new ReviewChange(TaxRegimeChecked, "tax.regime", new DateOnly(GeneratedYear.Year, 3, 31))]);

    internal static void WriteAnswers(InMemoryDatabase database) => database.InTransaction(t =>
    {
        foreach (var session in t.SessionOutcomes.All().OrderBy(s => s.StartedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList())
        {
            foreach (var (topic, i) in session.Topics.Select((topic, i) => (topic, i)))
            {
                t.Events.Insert(new AnalyticsEvent
                {
                    Type = AnalyticsEventTypes.Answered,
                    ConversationId = session.ConversationId,
                    Channel = session.Channel,
                    Language = session.Language,
                    Intent = topic,
                    At = session.StartedAt.AddSeconds(30 * (i + 1)),
                });
            }
        }
    });

    private static IntentDefinition Topic(string id, DateOnly? reviewBy) => new(
        id, "faq", new LocalizedText(id, id), new Dictionary<Core.Messages.Language, IReadOnlyList<string>>(), new LocalizedText("ответ", "жауап"), [], [], new DateOnly(GeneratedYear.Year - 1, 12, 1), ReviewBy: reviewBy);
}
