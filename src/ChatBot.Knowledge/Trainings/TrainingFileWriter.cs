using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Trainings;

/// <summary>
/// Writes trainings in the catalogue format with absolute Almaty dates, so that an export imported again gives
/// the same trainings (<c>chatbot trainings export</c>).
/// </summary>
public static class TrainingFileWriter
{
    public static string Write(IReadOnlyList<Training> trainings)
    {
        var topics = new YamlSequenceNode(trainings
            .Select(t => t.Topic)
            .DistinctBy(t => t.Id)
            .Select(t => (YamlNode)new YamlMappingNode { { "id", t.Id }, { "title", Localized(t.Title) } }));
        var list = new YamlSequenceNode(trainings.Select(Training));
        var root = new YamlMappingNode { { "topics", topics }, { "trainings", list } };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlNode Training(Training training)
    {
        var starts = AlmatyTime.Of(training.StartsAt);
        var map = new YamlMappingNode
        {
            { "id", training.Id },
            { "title", Localized(training.Title) },
            { "description", Localized(training.Description) },
            { "format", TrainingFormats.Code(training.Format) },
            { "topic", training.Topic.Id },
            { "language", TrainingCodes.Languages[training.Language] },
            { "date", starts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            { "time", starts.ToString("HH:mm", CultureInfo.InvariantCulture) },
            { "duration_minutes", Number(training.DurationMinutes) },
        };
        if (training.Place is { } place)
        {
            map.Add("place", Localized(place));
        }

        if (training.OnlineLink is { } link)
        {
            map.Add("online_link", link);
        }

        map.Add("capacity", Number(training.Capacity));
        map.Add("registration_closes_hours_before", Number((int)Math.Round((training.StartsAt - training.RegistrationDeadline).TotalHours)));
        map.Add("status", TrainingCodes.Statuses[training.Status]);
        return map;
    }

    private static YamlMappingNode Localized(LocalizedText text) => new() { { "ru", text.Ru }, { "kk", text.Kk } };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
