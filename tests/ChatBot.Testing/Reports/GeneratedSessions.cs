using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Core.Sessions;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>Sessions of returning users over the year, with a handoff for each handed to an operator and the questions not understood.</summary>
internal sealed class GeneratedSessions(Random random, int count)
{
    private static readonly string[] Topics =
    [
        "tax.regime", "ip.open", "ip.close", "patent", "vat", "payroll", "permits", "inspections", "state.support",
        "grants", "loans", "leasing", "rent", "employees", "egov",
    ];

    private static readonly (string?, int)[] Sources = [(null, 50), ("portal-taxes", 15), ("campaign-nov", 10), ("instagram", 15), ("qr-office", 10)];

    private static readonly (SessionResult, int)[] Results =
    [
        (SessionResult.AnsweredByBot, 55), (SessionResult.ClarifiedAndAnswered, 10), (SessionResult.NotUnderstood, 10),
        (SessionResult.HandedToOperator, 8), (SessionResult.Abandoned, 17),
    ];

    private static readonly string[] Operators = ["aigerim", "bolat", "dana", "erlan", "gulnara", "timur"];

    public int Write(InMemoryStores stores)
    {
        var users = Enumerable.Range(0, count / 3).Select(User).ToList();
        var handoffs = new List<HandoffRecord>();
        var events = new List<AnalyticsEvent>();
        var questions = new List<UnansweredQuestion>();
        var sessions = new List<SessionOutcome>();
        for (var i = 0; i < count; i++)
        {
            var (key, channel, language) = users[random.Next(users.Count)];
            var start = GeneratedYear.Moment(random, GeneratedYear.First, GeneratedYear.End);
            var result = GeneratedYear.Pick(random, Results);
            var conversation = $"{channel}:{key}";
            var session = new SessionOutcome
            {
                Id = SessionOutcome.IdOf(conversation, start),
                ConversationId = conversation,
                Channel = channel,
                Language = language,
                Source = GeneratedYear.Pick(random, Sources),
                UserKey = key,
                StartedAt = start,
                EndedAt = start.AddMinutes(1 + random.Next(20)),
                Result = result,
                Topics = result is SessionResult.NotUnderstood or SessionResult.Abandoned
                    ? []
                    : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Topics[Math.Min(random.Next(Topics.Length), random.Next(Topics.Length))]).Distinct().ToList(),
                Messages = 1 + random.Next(12),
            };
            if (result == SessionResult.HandedToOperator)
            {
                var handoff = Handoff("h" + i, session);
                session.HandoffId = handoff.Id;
                handoffs.Add(handoff);
            }

            var misunderstood = result == SessionResult.NotUnderstood ? 1 + random.Next(2) : random.NextDouble() < 0.1 ? 1 : 0;
            for (var m = 0; m < misunderstood; m++)
            {
                var at = start.AddSeconds(30 + (60 * m));
                events.Add(new AnalyticsEvent { Type = AnalyticsEventTypes.Fallback, ConversationId = conversation, Channel = channel, Language = language, At = at });
                questions.Add(new UnansweredQuestion { ConversationId = conversation, Text = $"непонятный вопрос {i}-{m}", Language = language, At = at });
            }

            sessions.Add(session);
        }

        stores.Database.InTransaction(t =>
        {
            sessions.ForEach(s => InMemorySessionOutcomes.Add(t, s));
            handoffs.ForEach(t.Handoffs.Insert);
            events.ForEach(t.Events.Insert);
            questions.ForEach(t.Unanswered.Insert);
        });
        return count;
    }

    // A fifth of users gave an ИИН somewhere (one key across channels); the rest are known by their chat.
    private (string Key, string Channel, string Language) User(int n) => (
        random.NextDouble() < 0.2 ? $"iin:{n:x8}" : $"chat:{n:x8}",
        random.NextDouble() < 0.6 ? "telegram" : "web",
        random.NextDouble() < 0.7 ? "ru" : "kk");

    private HandoffRecord Handoff(string id, SessionOutcome session)
    {
        var requested = session.StartedAt.AddMinutes(1);
        var outcome = GeneratedYear.Pick(random, [(HandoffOutcome.Closed, 70), (HandoffOutcome.Released, 15), (HandoffOutcome.Cancelled, 10), (HandoffOutcome.LeftToForget, 1)]);
        var claimed = outcome == HandoffOutcome.Cancelled ? (DateTimeOffset?)null : requested.AddSeconds(10 + (random.NextDouble() * random.NextDouble() * 1800));
        return new HandoffRecord
        {
            Id = id,
            ConversationId = session.ConversationId,
            Channel = session.Channel,
            Language = session.Language,
            Reason = GeneratedYear.Pick(random, [(HandoffReason.UserAsked, 70), (HandoffReason.Misunderstood, 25), (HandoffReason.FlowValidation, 5)]),
            RequestedAt = requested,
            ClaimedAt = claimed,
            EndedAt = claimed?.AddSeconds(60 + random.Next(2400)) ?? requested.AddMinutes(3),
            Operator = claimed is null ? null : Operators[random.Next(Operators.Length)],
            Outcome = outcome,
            Rating = claimed is not null && random.NextDouble() < 0.6 ? GeneratedYear.Pick(random, [(5, 50), (4, 25), (3, 12), (2, 6), (1, 7)]) : null,
        };
    }
}
