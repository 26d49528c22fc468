using ChatBot.Core.Flows;
using ChatBot.Core.Time;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// A year of activity (2026, and December 2025 so that January has a month before it) written straight into
/// in-memory stores from a fixed seed: sessions with their handoffs and misunderstood questions, survey responses,
/// trainings with their trainees, consents and erasures, the answers' events, applications, and announcements to
/// subscribers. The same seed writes the same rows.
/// </summary>
public sealed class GeneratedYear
{
    public const int Year = 2026;

    /// <summary>When the year is reported on: every training of it is over.</summary>
    public static readonly DateTimeOffset ReportedAt = new(2027, 1, 15, 6, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset YearStart = AlmatyTime.ToUtc(new DateOnly(Year, 1, 1), TimeOnly.MinValue);

    public static readonly DateTimeOffset First = AlmatyTime.ToUtc(new DateOnly(Year - 1, 12, 1), TimeOnly.MinValue);

    public static readonly DateTimeOffset End = AlmatyTime.ToUtc(new DateOnly(Year + 1, 1, 1), TimeOnly.MinValue);

    private GeneratedYear(InMemoryStores stores) => Stores = stores;

    public InMemoryStores Stores { get; }

    public int Sessions { get; private set; }

    public int SurveyResponses { get; private set; }

    public int Trainings { get; private set; }

    public int Applications { get; private set; }

    public int Announcements { get; private set; }

    /// <summary>Writes the year into new stores.</summary>
    /// <param name="survey">The questionnaire whose steps the responses answer.</param>
    public static GeneratedYear Write(FlowDefinition survey, int seed = 2026, int sessions = 40_000)
    {
        var year = new GeneratedYear(new InMemoryStores());
        var random = new Random(seed);
        year.Sessions = new GeneratedSessions(random, sessions).Write(year.Stores);
        year.SurveyResponses = new GeneratedSurvey(random, survey).Write(year.Stores.Database);
        year.Trainings = new GeneratedTrainings(random).Write(year.Stores.Database);
        GeneratedPrivacy.Write(random, year.Stores.Database);

        // Their own random numbers, so that adding them left the rows above as they were.
        GeneratedReviews.WriteAnswers(year.Stores.Database);
        year.Applications = GeneratedApplications.Write(new Random(seed + 1), year.Stores.Database);
        year.Announcements = GeneratedAnnouncements.Write(new Random(seed + 2), year.Stores.Database);
        return year;
    }

    /// <summary>A moment of the span, more often in the working day (Almaty time), sometimes late at night.</summary>
    internal static DateTimeOffset Moment(Random random, DateTimeOffset from, DateTimeOffset to)
    {
        var day = AlmatyTime.Day(from).AddDays(random.Next((int)Math.Max(1, (to - from).TotalDays)));
        var hour = random.NextDouble() < 0.8 ? 9 + random.Next(10) : random.Next(24);
        return AlmatyTime.ToUtc(day, new TimeOnly(hour, random.Next(60), random.Next(60)));
    }

    internal static T Pick<T>(Random random, IReadOnlyList<(T Value, int Weight)> weighted)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (value, weight) in weighted)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }
}
