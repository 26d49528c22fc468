using System.Globalization;
using System.Text;
using ChatBot.Core.Trainings;

namespace ChatBot.Host.Trainings;

/// <summary>The stats as a short plain-text report for the terminal.</summary>
public static class TrainingStatsText
{
    public static string Write(TrainingStats stats)
    {
        var text = new StringBuilder();
        Line(text, $"Trainings {stats.Period}");
        Line(text, $"  held: {stats.TrainingsHeld} ({string.Join(", ", stats.HeldByFormat.Select(p => $"{p.Key} {p.Value}"))})");
        Line(text, $"  cancelled: {stats.TrainingsCancelled}, still to come: {stats.TrainingsUpcoming}");
        Line(text, $"  enrolled: {stats.Enrolled}, attended: {stats.Attended}, no-shows: {stats.NoShows}, not marked: {stats.NotMarked}");
        Line(text, $"  unique trainees: {stats.UniqueTrainees} of {stats.Target} ({stats.TargetPercent.ToString("0.0", CultureInfo.InvariantCulture)} %)");
        Line(text, $"  waiting lists: {stats.WaitingNow} waiting now, {stats.PromotedFromWaitingList} got a seat from one; cancelled by people: {stats.CancelledByPeople}");
        Line(text, $"  feedback: {stats.FeedbackAnswers} answers" + (stats.FeedbackAverage is { } average ? ", average " + average.ToString("0.00", CultureInfo.InvariantCulture) + " of 5" : ""));
        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
