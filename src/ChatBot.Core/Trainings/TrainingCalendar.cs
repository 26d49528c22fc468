using System.Globalization;
using System.Text;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;

namespace ChatBot.Core.Trainings;

/// <summary>
/// An RFC 5545 calendar file (.ics) with one event for an enrollment. Times are written in UTC ("Z"), which every
/// calendar shows in its owner's zone, so no VTIMEZONE is needed; the text says the Almaty time as well.
/// </summary>
public static class TrainingCalendar
{
    public const string MediaType = "text/calendar";

    public static string FileName(Training training) => training.Id + ".ics";

    public static string Write(Training training, Enrollment enrollment, string where, DateTimeOffset now)
    {
        var language = enrollment.Language;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ChatBot//Trainings//" + language.Code().ToUpperInvariant(),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + enrollment.Id + "@chatbot",
            "DTSTAMP:" + Utc(now),
            "SEQUENCE:" + Sequence(now),
            "DTSTART:" + Utc(training.StartsAt),
            "DTEND:" + Utc(training.EndsAt),
            "SUMMARY:" + Escape(training.Title.In(language)),
            "DESCRIPTION:" + Escape(training.Description.In(language) + "\n" + AlmatyTime.Span(training) + $" ({AlmatyTime.ZoneId})"),
            "LOCATION:" + Escape(where),
        };
        if (training.OnlineLink is { } link)
        {
            lines.Add("URL:" + link);
        }

        lines.Add("STATUS:" + (training.Status == TrainingStatus.Cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }

        return text.ToString();
    }

    public static byte[] Bytes(Training training, Enrollment enrollment, string where, DateTimeOffset now) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Write(training, enrollment, where, now));

    // Minutes since 2026 at the file's making: the file sent when a training moves carries the same UID and a higher
    // SEQUENCE than the confirmation's, so calendars that compare SEQUENCE move the entry instead of adding one.
    private static string Sequence(DateTimeOffset now) =>
        ((long)Math.Max(0, (now - SequenceEpoch).TotalMinutes)).ToString(CultureInfo.InvariantCulture);

    private static readonly DateTimeOffset SequenceEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string Utc(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    // Lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8 character.
    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }
}
