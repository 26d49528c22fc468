using ChatBot.Core.Time;
using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Trainings;

/// <summary>The numbers of a period on a generated set whose answers are known by construction.</summary>
public sealed class TrainingStatsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    // No trainee records: every conversation is a person of its own.
    private static readonly Dictionary<string, string> NoRecords = [];

    [Fact]
    public void HeldTrainingsAttendanceUniqueTraineesAndWaitingListsAreCountedForTheYear()
    {
        var (trainings, enrollments) = GeneratedYear();

        var stats = TrainingStatsCalculator.Calculate(trainings, enrollments, NoRecords, "2026", 2000, Now);

        Assert.Equal(8, stats.TrainingsHeld);
        Assert.Equal(new Dictionary<string, int> { ["course"] = 2, ["master_class"] = 2, ["webinar"] = 2, ["offline"] = 2 }, stats.HeldByFormat);
        Assert.Equal(1, stats.TrainingsCancelled);
        Assert.Equal(1, stats.TrainingsUpcoming);
        Assert.Equal(8 * 10, stats.Enrolled);
        Assert.Equal(8 * 7, stats.Attended);
        Assert.Equal(8 * 2, stats.NoShows);
        Assert.Equal(8 * 1, stats.NotMarked);
        // Seven people attend every training: people 0..6 come back, so unique trainees are 7, not 56.
        Assert.Equal(7, stats.UniqueTrainees);
        Assert.Equal(0.4, stats.TargetPercent);
        Assert.Equal(3, stats.WaitingNow);
        Assert.Equal(1, stats.PromotedFromWaitingList);
        Assert.Equal(8, stats.CancelledByPeople);
        Assert.Equal(8, stats.FeedbackAnswers);
        Assert.Equal(4.5, stats.FeedbackAverage);
    }

    [Fact]
    public void AMonthCountsOnlyTheTrainingsThatStartedInItInAlmatyTime()
    {
        var (trainings, enrollments) = GeneratedYear();

        var march = TrainingStatsCalculator.Calculate(trainings, enrollments, NoRecords, "2026-03", 2000, Now);
        var lastYear = TrainingStatsCalculator.Calculate(trainings, enrollments, NoRecords, "2025", 2000, Now);

        Assert.Equal(1, march.TrainingsHeld);
        Assert.Equal(1, lastYear.TrainingsHeld);
        Assert.Equal(0, lastYear.UniqueTrainees);
    }

    [Fact]
    public void OnePersonWhoAttendedFromTwoConversationsCountsOnceByTheKeyOfTheirIin()
    {
        var (trainings, enrollments) = GeneratedYear();
        var keys = new Dictionary<string, string> { ["telegram:person0"] = "same", ["telegram:person1"] = "same", ["telegram:person2"] = "other" };

        var stats = TrainingStatsCalculator.Calculate(trainings, enrollments, keys, "2026", 2000, Now);

        Assert.Equal(6, stats.UniqueTrainees);
    }

    [Theory]
    [InlineData("2026", true)]
    [InlineData("2026-03", true)]
    [InlineData("2026-13", false)]
    [InlineData("26", false)]
    [InlineData(null, false)]
    public void APeriodIsAYearOrAMonth(string? period, bool valid) => Assert.Equal(valid, TrainingStatsCalculator.IsPeriod(period));

    /// <summary>
    /// Eight trainings held in 2026 (two of each format, one a month from January, 10:00 Almaty), each with ten seats:
    /// seven attended (people 0..6), two no-shows, one not marked, one cancelled, and a feedback answer (5 or 4) from
    /// person 0. Plus a cancelled training, one still to come with three waiting and one promoted, and one held on
    /// 31 December 2025 at 18:00 UTC, which is 23:00 in Almaty: still 2025.
    /// </summary>
    internal static (IReadOnlyList<Training>, IReadOnlyList<Enrollment>) GeneratedYear()
    {
        var trainings = new List<Training>();
        var enrollments = new List<Enrollment>();
        var formats = TrainingFormats.All;
        for (var month = 1; month <= 8; month++)
        {
            var training = Trainings.Sample("held-" + month, 10, new DateTimeOffset(2026, month, 10, 5, 0, 0, TimeSpan.Zero), formats[(month - 1) % 4]);
            training.Status = TrainingStatus.Held;
            trainings.Add(training);
            for (var person = 0; person < 12; person++)
            {
                var status = person switch
                {
                    < 7 => EnrollmentStatus.Attended,
                    < 9 => EnrollmentStatus.NoShow,
                    9 => EnrollmentStatus.Enrolled,
                    10 => EnrollmentStatus.Cancelled,
                    _ => EnrollmentStatus.Attended,
                };
                if (person == 11)
                {
                    continue;
                }

                enrollments.Add(Enrollment(training, "person" + person, status, feedback: person == 0 ? 4 + (month % 2) : null));
            }
        }

        var cancelled = Trainings.Sample("cancelled", 10, new DateTimeOffset(2026, 9, 10, 5, 0, 0, TimeSpan.Zero));
        cancelled.Status = TrainingStatus.Cancelled;
        var upcoming = Trainings.Sample("upcoming", 2, new DateTimeOffset(2026, 12, 10, 5, 0, 0, TimeSpan.Zero));
        var lastYear = Trainings.Sample("last-year", 10, new DateTimeOffset(2025, 12, 31, 18, 0, 0, TimeSpan.Zero));
        lastYear.Status = TrainingStatus.Held;
        trainings.AddRange([cancelled, upcoming, lastYear]);
        var promoted = Enrollment(upcoming, "promoted", EnrollmentStatus.Enrolled);
        promoted.PromotedAt = Now;
        enrollments.AddRange([promoted, Enrollment(upcoming, "seat", EnrollmentStatus.Enrolled)]);
        enrollments.AddRange(Enumerable.Range(0, 3).Select(i => Enrollment(upcoming, "waiting" + i, EnrollmentStatus.Waiting)));
        enrollments.Add(Enrollment(lastYear, "old", EnrollmentStatus.NoShow));
        return (trainings, enrollments);
    }

    private static Enrollment Enrollment(Training training, string person, EnrollmentStatus status, int? feedback = null) => new()
    {
        Id = training.Id + "/" + person,
        TrainingId = training.Id,
        ConversationId = "telegram:" + person,
        Status = status,
        FeedbackScore = feedback,
    };
}
