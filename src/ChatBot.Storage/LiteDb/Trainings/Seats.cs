using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>
/// Counting and changing seats. LiteDB transactions do not stop two threads from both reading "one seat left"
/// and both taking it, so every change of seats runs under one process-wide gate (the file is opened by one
/// process only); a server database would use a row lock or a conditional update instead.
/// </summary>
internal static class Seats
{
    public static readonly Lock Gate = new();

    public static int Held(LiteDatabase db, string trainingId) =>
        db.GetCollection<Enrollment>(Collections.Enrollments)
            .Find(e => e.TrainingId == trainingId)
            .Count(e => e.HoldsSeat);

    /// <summary>The waiting list of a training, first come first.</summary>
    public static IReadOnlyList<Enrollment> Waiting(LiteDatabase db, string trainingId) =>
        db.GetCollection<Enrollment>(Collections.Enrollments)
            .Find(e => e.TrainingId == trainingId && e.Status == EnrollmentStatus.Waiting)
            .OrderBy(e => e.Number)
            .ToList();

    public static long NextNumber(LiteDatabase db)
    {
        var last = db.GetCollection<Enrollment>(Collections.Enrollments).Query().OrderByDescending(e => e.Number).Limit(1).ToList();
        return last is [var enrollment] ? enrollment.Number + 1 : 1;
    }
}
