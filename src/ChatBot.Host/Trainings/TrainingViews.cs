using ChatBot.Core.Knowledge;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;

namespace ChatBot.Host.Trainings;

/// <summary>A training as the admin API shows it, with its seats.</summary>
public sealed record TrainingView(
    string Id,
    LocalizedText Title,
    LocalizedText Description,
    string Format,
    TrainingTopic Topic,
    string Language,
    DateTimeOffset StartsAt,
    string StartsAlmaty,
    int DurationMinutes,
    LocalizedText? Place,
    string? OnlineLink,
    int Capacity,
    DateTimeOffset RegistrationDeadline,
    string Status,
    int SeatsLeft,
    int Waiting)
{
    public static TrainingView Of(Training t, int seatsLeft, int waiting) => new(
        t.Id, t.Title, t.Description, TrainingFormats.Code(t.Format), t.Topic, TrainingCodes.Languages[t.Language], t.StartsAt,
        AlmatyTime.Span(t), t.DurationMinutes, t.Place, t.OnlineLink, t.Capacity, t.RegistrationDeadline,
        TrainingCodes.Statuses[t.Status], seatsLeft, waiting);
}

/// <summary>An enrollment with the person's details: admins only.</summary>
public sealed record EnrollmentView(
    long Number,
    string Id,
    string Status,
    string Channel,
    DateTimeOffset CreatedAt,
    int? WaitingPosition,
    string? Name,
    string? Phone,
    string? Iin,
    string? Bin,
    string? Sector,
    int? FeedbackScore);

/// <summary>A seat as operators see it at the door: the number and the name, nothing more.</summary>
public sealed record AttendanceView(long Number, string Status, string? Name);

public sealed record AttendanceRequest(long[]? Attended, long[]? Absent);
