using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Knowledge.Trainings;

/// <summary>
/// Reads <c>topics:</c> and <c>trainings:</c> of a catalogue file. A training starts on a <c>date</c> (2026-12-05)
/// or <c>starts_in_days</c> from today, at a <c>time</c> (10:00), both in Almaty time.
/// </summary>
internal static class TrainingFileReader
{
    public static IReadOnlyList<Training> Read(YamlFile file, DateTimeOffset now)
    {
        var topics = ReadTopics(file);
        var trainings = new List<Training>();
        if (file.Sequence(file.Root, "trainings") is not { } list)
        {
            return trainings;
        }

        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Error(item, "a training must be a mapping");
                continue;
            }

            if (ReadTraining(file, map, topics, now) is { } training)
            {
                if (seen.TryGetValue(training.Id, out var line))
                {
                    file.Error(map, $"training id '{training.Id}' is already used at line {line}");
                    continue;
                }

                seen[training.Id] = map.Start.Line;
                trainings.Add(training);
            }
        }

        return trainings;
    }

    private static Dictionary<string, TrainingTopic> ReadTopics(YamlFile file)
    {
        var topics = new Dictionary<string, TrainingTopic>(StringComparer.Ordinal);
        if (file.Sequence(file.Root, "topics") is not { } list)
        {
            return topics;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                file.Error(item, "a topic must be a mapping with id and title");
                continue;
            }

            var id = Id(file, map);
            var title = LocalizedTextReader.Read(file, map, "title");
            if (id is not null && title is not null && !topics.TryAdd(id, new TrainingTopic(id, title)))
            {
                file.Error(map, $"topic id '{id}' is used twice");
            }
        }

        return topics;
    }

    private static Training? ReadTraining(YamlFile file, YamlMappingNode map, Dictionary<string, TrainingTopic> topics, DateTimeOffset now)
    {
        var errorsBefore = file.Errors.All.Count;
        var id = Id(file, map);
        var title = LocalizedTextReader.Read(file, map, "title");
        var description = LocalizedTextReader.Read(file, map, "description");
        var format = Enumerated<TrainingFormat>(file, map, "format", TrainingFormats.TryParse, "course, master_class, webinar or offline");
        var topic = TopicOf(file, map, topics);
        var language = Enumerated<TrainingLanguage>(file, map, "language", TrainingCodes.TryLanguage, "ru, kk or ru_kk");
        var day = Day(file, map, now);
        var time = TimeOf(file, map);
        var duration = Number(file, map, "duration_minutes", TrainingRules.MinDurationMinutes, TrainingRules.MaxDurationMinutes);
        var capacity = Number(file, map, "capacity", TrainingRules.MinCapacity, TrainingRules.MaxCapacity);
        var place = LocalizedTextReader.Read(file, map, "place", required: false);
        var link = Link(file, map);
        var hasPlace = YamlFile.Child(map, "place") is not null;
        if (!TrainingRules.HasOneVenue(hasPlace, YamlFile.Child(map, "online_link") is not null))
        {
            file.Error(map, hasPlace
                ? $"training '{id ?? "?"}' has both a 'place' and an 'online_link': give the place of an offline training or the link of an online one"
                : "a training needs a 'place' (offline) or an 'online_link'");
        }

        var status = YamlFile.Child(map, "status") is null
            ? TrainingStatus.Open
            : Enumerated<TrainingStatus>(file, map, "status", TrainingCodes.TryStatus, "open, closed, cancelled or held");
        if (file.Errors.All.Count > errorsBefore || day is null || time is null)
        {
            return null;
        }

        var starts = AlmatyTime.ToUtc(day.Value, time.Value);
        var deadline = Deadline(file, map, starts);
        if (deadline is null)
        {
            return null;
        }

        return new Training
        {
            Id = id!,
            Title = title!,
            Description = description!,
            Format = format!.Value,
            Topic = topic!,
            Language = language!.Value,
            StartsAt = starts,
            DurationMinutes = duration!.Value,
            Place = place,
            OnlineLink = link,
            Capacity = capacity!.Value,
            RegistrationDeadline = deadline.Value,
            Status = status!.Value,
        };
    }

    private static string? Id(YamlFile file, YamlMappingNode map)
    {
        var id = file.Scalar(map, "id");
        if (id is not null && !TrainingRules.IsValidId(id))
        {
            file.Error(YamlFile.Child(map, "id"), $"id '{id}' must be lower-case latin letters, digits and dashes, at most {TrainingRules.MaxIdLength} characters");
            return null;
        }

        return id;
    }

    private static TrainingTopic? TopicOf(YamlFile file, YamlMappingNode map, Dictionary<string, TrainingTopic> topics)
    {
        var id = file.Scalar(map, "topic");
        if (id is null)
        {
            return null;
        }

        if (!topics.TryGetValue(id, out var topic))
        {
            file.Error(YamlFile.Child(map, "topic"), $"topic '{id}' is not among the topics of the file ({string.Join(", ", topics.Keys)})");
        }

        return topic;
    }

    private static DateOnly? Day(YamlFile file, YamlMappingNode map, DateTimeOffset now)
    {
        var date = YamlFile.Child(map, "date");
        var relative = YamlFile.Child(map, "starts_in_days");
        if ((date is null) == (relative is null))
        {
            file.Error(map, "a training needs either 'date' (2026-12-05) or 'starts_in_days' (5), not both");
            return null;
        }

        if (date is not null)
        {
            var text = file.Scalar(map, "date");
            if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            file.Error(date, $"date '{text}' is not a date like 2026-12-05");
            return null;
        }

        return Number(file, map, "starts_in_days", -3650, 3650) is { } days ? AlmatyTime.Day(now).AddDays(days) : null;
    }

    private static TimeOnly? TimeOf(YamlFile file, YamlMappingNode map)
    {
        var text = file.Scalar(map, "time");
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        file.Error(YamlFile.Child(map, "time"), $"time '{text}' is not a time like 10:00 (Almaty)");
        return null;
    }

    private static DateTimeOffset? Deadline(YamlFile file, YamlMappingNode map, DateTimeOffset starts)
    {
        if (YamlFile.Child(map, "registration_closes_hours_before") is null)
        {
            return starts;
        }

        return Number(file, map, "registration_closes_hours_before", 0, 24 * 60) is { } hours ? starts.AddHours(-hours) : null;
    }

    private static string? Link(YamlFile file, YamlMappingNode map)
    {
        if (YamlFile.Child(map, "online_link") is null)
        {
            return null;
        }

        var link = file.Scalar(map, "online_link");
        if (link is not null && !TrainingRules.IsValidOnlineLink(link))
        {
            file.Error(YamlFile.Child(map, "online_link"), $"online_link '{link}' must be an https:// address");
            return null;
        }

        return link;
    }

    private static int? Number(YamlFile file, YamlMappingNode map, string key, int min, int max)
    {
        var text = file.Scalar(map, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        file.Error(YamlFile.Child(map, key), $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    private delegate bool TryParse<T>(string? text, out T value);

    private static T? Enumerated<T>(YamlFile file, YamlMappingNode map, string key, TryParse<T> parse, string expected)
        where T : struct
    {
        var text = file.Scalar(map, key);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        file.Error(YamlFile.Child(map, key), $"{key} '{text}' is not one of: {expected}");
        return null;
    }
}
