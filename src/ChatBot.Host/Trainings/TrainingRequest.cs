using ChatBot.Core.Knowledge;
using ChatBot.Core.Trainings;

namespace ChatBot.Host.Trainings;

/// <summary>A training as admins send it to the API; <see cref="ToTraining"/> checks every field and names what is wrong.</summary>
public sealed record TrainingRequest(
    string? Id,
    LocalizedText? Title,
    LocalizedText? Description,
    string? Format,
    TopicRequest? Topic,
    string? Language,
    DateTimeOffset? StartsAt,
    int? DurationMinutes,
    LocalizedText? Place,
    string? OnlineLink,
    int? Capacity,
    DateTimeOffset? RegistrationDeadline,
    string? Status)
{
    /// <returns>The training, or null with the problems in <paramref name="problems"/>.</returns>
    public Training? ToTraining(string id, List<string> problems)
    {
        if (!TrainingRules.IsValidId(id))
        {
            problems.Add($"id must be lower-case latin letters, digits and dashes, at most {TrainingRules.MaxIdLength} characters");
        }

        Localized(Title, "title", problems);
        Localized(Description, "description", problems);
        if (!TrainingFormats.TryParse(Format, out var format))
        {
            problems.Add("format must be course, master_class, webinar or offline");
        }

        if (Topic is null || string.IsNullOrWhiteSpace(Topic.Id) || !Localized(Topic.Title, "topic.title", problems))
        {
            problems.Add("topic needs an id and a title in ru and kk");
        }

        if (!TrainingCodes.TryLanguage(Language, out var language))
        {
            problems.Add("language must be ru, kk or ru_kk");
        }

        var status = TrainingStatus.Open;
        if (Status is not null && !TrainingCodes.TryStatus(Status, out status))
        {
            problems.Add("status must be open, closed, cancelled or held");
        }

        if (StartsAt is null)
        {
            problems.Add("startsAt is required, with its offset (2026-12-05T10:00:00+05:00)");
        }

        if (DurationMinutes is not { } minutes || !TrainingRules.IsValidDuration(minutes))
        {
            problems.Add($"durationMinutes must be from {TrainingRules.MinDurationMinutes} to {TrainingRules.MaxDurationMinutes}");
        }

        if (Capacity is not { } seats || !TrainingRules.IsValidCapacity(seats))
        {
            problems.Add($"capacity must be from {TrainingRules.MinCapacity} to {TrainingRules.MaxCapacity}");
        }

        if (!TrainingRules.HasOneVenue(Place is not null, OnlineLink is not null))
        {
            problems.Add("give either place (offline) or onlineLink (online)");
        }

        if (Place is not null)
        {
            Localized(Place, "place", problems);
        }

        if (OnlineLink is not null && !TrainingRules.IsValidOnlineLink(OnlineLink))
        {
            problems.Add("onlineLink must be an https:// address");
        }

        if (StartsAt is { } start && RegistrationDeadline is { } deadline && !TrainingRules.DeadlineFits(deadline, start))
        {
            problems.Add("registrationDeadline cannot be after startsAt");
        }

        return problems.Count > 0 ? null : new Training
        {
            Id = id,
            Title = Title!,
            Description = Description!,
            Format = format,
            Topic = new TrainingTopic(Topic!.Id!, Topic.Title!),
            Language = language,
            StartsAt = StartsAt!.Value.ToUniversalTime(),
            DurationMinutes = DurationMinutes!.Value,
            Place = Place,
            OnlineLink = OnlineLink,
            Capacity = Capacity!.Value,
            RegistrationDeadline = (RegistrationDeadline ?? StartsAt.Value).ToUniversalTime(),
            Status = status,
        };
    }

    private static bool Localized(LocalizedText? text, string name, List<string> problems)
    {
        if (!TrainingRules.IsBilingual(text))
        {
            problems.Add($"{name} needs ru and kk");
            return false;
        }

        return true;
    }
}

public sealed record TopicRequest(string? Id, LocalizedText? Title);
