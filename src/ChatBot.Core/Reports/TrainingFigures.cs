using ChatBot.Core.Trainings;

namespace ChatBot.Core.Reports;

/// <summary>
/// Trainings by their start in Almaty time; held means not cancelled and over. A trainee is a person who attended a
/// held training, known by the key of their ИИН (one who enrolled from two channels counts once), or by the
/// conversation when the record was erased: the same rule as <see cref="TrainingStatsCalculator"/>.
/// </summary>
internal static class TrainingFigures
{
    public static TrainingSection Of(
        IReadOnlyList<Training> trainings, IReadOnlyList<Enrollment> enrollments, IReadOnlyDictionary<string, string> personKeys,
        ReportPeriod period, ReportOptions options, DateTimeOffset now)
    {
        var held = Held(trainings, period.From, period.To, now);
        var ofPeriod = trainings.Where(t => period.Contains(t.StartsAt)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var ofHeld = enrollments.Where(e => held.ContainsKey(e.TrainingId)).ToList();
        var ofAll = enrollments.Where(e => ofPeriod.Contains(e.TrainingId)).ToList();
        var unique = Trainees(trainings, enrollments, personKeys, period.From, period.To, now);
        return new TrainingSection(
            held.Count,
            TrainingFormats.All.Select(f => new KeyCount(TrainingFormats.Code(f), held.Values.Count(t => t.Format == f))).ToList(),
            ofHeld.Count(e => e.HoldsSeat),
            ofHeld.Count(e => e.Status == EnrollmentStatus.Attended),
            ofHeld.Count(e => e.Status == EnrollmentStatus.NoShow),
            unique,
            Targets.Progress(unique, options.TraineesYearTarget, Trainees(trainings, enrollments, personKeys, Targets.YearStart(period), period.To, now)),
            Targets.Progress(unique, options.TraineesContractTarget, Trainees(trainings, enrollments, personKeys, Targets.ContractStart(options), period.To, now)),
            ofAll.Count(e => e.Status == EnrollmentStatus.Waiting),
            ofAll.Count(e => e.PromotedAt is not null));
    }

    private static Dictionary<string, Training> Held(IReadOnlyList<Training> trainings, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now) => trainings
        .Where(t => t.StartsAt >= from && t.StartsAt < to && t.Status != TrainingStatus.Cancelled && now >= t.EndsAt)
        .ToDictionary(t => t.Id, StringComparer.Ordinal);

    private static int Trainees(
        IReadOnlyList<Training> trainings, IReadOnlyList<Enrollment> enrollments, IReadOnlyDictionary<string, string> personKeys,
        DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var held = Held(trainings, from, to, now);
        return enrollments
            .Where(e => e.Status == EnrollmentStatus.Attended && held.ContainsKey(e.TrainingId))
            .Select(e => personKeys.TryGetValue(e.ConversationId, out var key) ? "person:" + key : "conversation:" + e.ConversationId)
            .Distinct(StringComparer.Ordinal)
            .Count();
    }
}
