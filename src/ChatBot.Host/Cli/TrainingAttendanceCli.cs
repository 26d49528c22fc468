using System.Globalization;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Host.Trainings;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot trainings attendance --training ID</c> lists the seats with their numbers and names;
/// <c>--attended 12,15 --absent 13</c> marks them (the numbers of that list).
/// </summary>
internal static class TrainingAttendanceCli
{
    public static int Run(TrainingRuntime trainings, VerbArguments verb, TimeProvider time)
    {
        var id = verb.Option("--training") ?? throw new FormatException("--training ID is required");
        if (trainings.Catalog.Find(id) is not { } training)
        {
            Console.Error.WriteLine($"no training '{id}'");
            return 1;
        }

        var attended = Numbers(verb.Option("--attended"), "--attended");
        var absent = Numbers(verb.Option("--absent"), "--absent");
        if (attended.Intersect(absent).FirstOrDefault() is var both && both != 0)
        {
            throw new FormatException($"{both} is both in --attended and in --absent");
        }

        var seats = trainings.Enrollments.OfTraining(id).Where(e => e.HoldsSeat).ToDictionary(e => e.Number);
        var failed = 0;
        foreach (var (number, came) in attended.Select(n => (n, true)).Concat(absent.Select(n => (n, false))))
        {
            var outcome = seats.TryGetValue(number, out var seat)
                ? trainings.Enrollments.MarkAttendance(seat.Id, came, time.GetUtcNow())
                : AttendanceOutcome.NotFound;
            if (outcome != AttendanceOutcome.Marked)
            {
                failed++;
                Console.Error.WriteLine($"{number}: not marked ({Reason(outcome)})");
            }
        }

        Console.Write($"{training.Id} {AlmatyTime.Span(training)} (Almaty), {training.Capacity} seats\n");
        foreach (var enrollment in trainings.Enrollments.OfTraining(id).Where(e => e.Status != EnrollmentStatus.Cancelled))
        {
            var trainee = trainings.Trainees.Find(enrollment.ConversationId);
            Console.Write($"{enrollment.Number,6}  {enrollment.Status,-9}  {trainee?.Name ?? "(details erased)"}  {trainee?.Phone}\n");
        }

        return failed == 0 ? 0 : 1;
    }

    private static string Reason(AttendanceOutcome outcome) => outcome switch
    {
        AttendanceOutcome.NotFound => "no seat with that number in this training",
        AttendanceOutcome.NotStarted => "the training has not started",
        _ => "not a seat",
    };

    private static IReadOnlyList<long> Numbers(string? list, string option) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(n => long.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
                    ? v
                    : throw new FormatException($"{option}: '{n}' is not a number from the list"))
                .ToList();
}
