using ChatBot.Core.Flows;

namespace ChatBot.Core.Trainings;

/// <summary>
/// Counts a period's trainings by their start in Almaty time. A trainee is a person who attended at least one
/// training of the period: that is what counts against the target (enrolling alone trains nobody). A person is known by
/// the key of their ИИН (<see cref="ITrainees.PersonKeys"/>), so one who enrolled from Telegram and from the widget
/// counts once; a conversation without a trainee record (erased by /forget) counts as one person.
/// </summary>
public static class TrainingStatsCalculator
{
    public static TrainingStats Calculate(
        IReadOnlyList<Training> trainings, IReadOnlyList<Enrollment> enrollments, IReadOnlyDictionary<string, string> personKeys,
        string period, int target, DateTimeOffset now)
    {
        var ofPeriod = trainings.Where(t => InPeriod(t.StartsAt, period)).ToList();
        var held = ofPeriod.Where(t => t.Status != TrainingStatus.Cancelled && now >= t.EndsAt).ToList();
        var heldIds = held.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var periodIds = ofPeriod.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var ofHeld = enrollments.Where(e => heldIds.Contains(e.TrainingId)).ToList();
        var ofAll = enrollments.Where(e => periodIds.Contains(e.TrainingId)).ToList();
        var unique = ofHeld.Where(e => e.Status == EnrollmentStatus.Attended).Select(e => PersonOf(e, personKeys)).Distinct().Count();
        var scores = ofAll.Where(e => e.FeedbackScore is not null).Select(e => e.FeedbackScore!.Value).ToList();
        return new TrainingStats(
            Period: period,
            Target: target,
            TrainingsHeld: held.Count,
            HeldByFormat: TrainingFormats.All.ToDictionary(TrainingFormats.Code, f => held.Count(t => t.Format == f)),
            TrainingsCancelled: ofPeriod.Count(t => t.Status == TrainingStatus.Cancelled),
            TrainingsUpcoming: ofPeriod.Count(t => t.Status != TrainingStatus.Cancelled && now < t.EndsAt),
            Enrolled: ofHeld.Count(e => e.HoldsSeat),
            Attended: ofHeld.Count(e => e.Status == EnrollmentStatus.Attended),
            NoShows: ofHeld.Count(e => e.Status == EnrollmentStatus.NoShow),
            NotMarked: ofHeld.Count(e => e.Status == EnrollmentStatus.Enrolled),
            UniqueTrainees: unique,
            TargetPercent: target > 0 ? Math.Round(100.0 * unique / target, 1) : 0,
            WaitingNow: ofAll.Count(e => e.Status == EnrollmentStatus.Waiting),
            PromotedFromWaitingList: ofAll.Count(e => e.PromotedAt is not null),
            CancelledByPeople: ofAll.Count(e => e.Status == EnrollmentStatus.Cancelled),
            FeedbackAnswers: scores.Count,
            FeedbackAverage: scores.Count > 0 ? Math.Round(scores.Average(), 2) : null);
    }

    /// <summary>A year (2026) or a month (2026-03).</summary>
    public static bool IsPeriod(string? period) =>
        period is { Length: 4 } && int.TryParse(period, out _) ||
        period is { Length: 7 } && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", out _);

    private static string PersonOf(Enrollment enrollment, IReadOnlyDictionary<string, string> personKeys) =>
        personKeys.TryGetValue(enrollment.ConversationId, out var key) ? "person:" + key : "conversation:" + enrollment.ConversationId;

    private static bool InPeriod(DateTimeOffset start, string period) =>
        FlowPeriods.Of(period.Length == 4 ? FlowPeriod.Year : FlowPeriod.Month, start) == period;
}
