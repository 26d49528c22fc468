using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Editing;
using ChatBot.Core.Handoff;
using ChatBot.Core.Reports;
using ChatBot.Core.Sessions;
using ChatBot.Core.Time;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Reports;

/// <summary>A report over a few hand-written sessions, for the rules that need only those.</summary>
internal sealed class SmallReport
{
    public InMemoryStores Stores { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 1, 10, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Business hours as shipped: Monday to Friday, 9 to 18, no holidays configured.</summary>
    public ApplicationClock Clock { get; } = new(new BusinessHours(new WorkingHours()), new ApplicationSettings());

    /// <summary>The topics' review-by dates the report sees; none unless a test gives them.</summary>
    public ReviewHistory Reviews { get; set; } = new([], []);

    public ReportBuilder Builder => new(
        new ReportSources(
            Stores.SessionOutcomes, Stores.Events, Stores.Unanswered, Stores.Handoffs, Stores.FlowResponses, null, Stores.Trainings, Stores.Trainees,
            new ApplicationFiguresCalculator(Stores.Applications, Clock, Time), Stores.Applications, Clock, new AnnouncementReport(Stores.Announcements), () => Reviews),
        new ReportOptions(),
        Time);

    /// <summary>A session of <paramref name="user"/> that started at a wall-clock time in Almaty.</summary>
    public SessionOutcome Session(string user, DateOnly day, TimeOnly time, SessionResult result = SessionResult.AnsweredByBot)
    {
        var start = AlmatyTime.ToUtc(day, time);
        var session = new SessionOutcome
        {
            Id = SessionOutcome.IdOf("telegram:" + user, start),
            ConversationId = "telegram:" + user,
            Channel = "telegram",
            Language = "ru",
            UserKey = "chat:" + user,
            StartedAt = start,
            EndedAt = start.AddMinutes(5),
            Result = result,
        };
        Stores.SessionOutcomes.Add(session);
        return session;
    }
}
