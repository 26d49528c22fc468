using ChatBot.Core.Conversations;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// Consents given with survey contacts, and requests to erase data (/forget), most confirmed; a confirmed one that
/// was a trainee's erases the trainee record, as /forget does.
/// </summary>
internal static class GeneratedPrivacy
{
    public static void Write(Random random, InMemoryDatabase database)
    {
        var events = new List<AnalyticsEvent>();
        var erased = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var conversation = random.NextDouble() < 0.5 ? $"telegram:t{random.Next(2_700)}" : $"web:c{i}";
            var at = GeneratedYear.Moment(random, GeneratedYear.YearStart, GeneratedYear.End);
            events.Add(Event(AnalyticsEventTypes.ConsentGiven, conversation, at, "flow:business_climate_survey"));
            if (i % 3 != 0)
            {
                continue;
            }

            events.Add(Event(AnalyticsEventTypes.ErasureRequested, conversation, at.AddHours(1), null));
            if (random.NextDouble() < 0.85)
            {
                events.Add(Event(AnalyticsEventTypes.ErasureDone, conversation, at.AddHours(1).AddMinutes(1), null));
                erased.Add(conversation);
            }
        }

        database.InTransaction(t =>
        {
            events.ForEach(t.Events.Insert);
            erased.ForEach(c => t.Trainees.Delete(c));
        });
    }

    private static AnalyticsEvent Event(string type, string conversation, DateTimeOffset at, string? intent) => new()
    {
        Type = type,
        ConversationId = conversation,
        Channel = conversation.Split(':')[0],
        Language = "ru",
        Intent = intent,
        At = at,
    };
}
