using ChatBot.Core.Knowledge;
using ChatBot.Core.Time;

namespace ChatBot.Core.Trainings;

/// <summary>
/// One training of the catalogue. Times are UTC; <see cref="AlmatyTime"/> shows them in Almaty time.
/// The <see cref="OnlineLink"/> is shown only to people enrolled in it.
/// </summary>
public sealed class Training
{
    /// <summary>A stable slug from the catalogue file (e.g. <c>tax-basics-webinar</c>); used in button payloads.</summary>
    public string Id { get; set; } = "";

    public LocalizedText Title { get; set; } = new("", "");

    public LocalizedText Description { get; set; } = new("", "");

    public TrainingFormat Format { get; set; }

    public TrainingTopic Topic { get; set; } = new("", new LocalizedText("", ""));

    public TrainingLanguage Language { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>The address of an offline training (null for online ones).</summary>
    public LocalizedText? Place { get; set; }

    /// <summary>The link of an online training; only enrolled people see it.</summary>
    public string? OnlineLink { get; set; }

    public int Capacity { get; set; }

    /// <summary>No new enrollments (nor waiting-list entries) after this moment.</summary>
    public DateTimeOffset RegistrationDeadline { get; set; }

    public TrainingStatus Status { get; set; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    public bool IsOnline => OnlineLink is not null;

    /// <summary>Open, before its deadline and not yet started: new enrollments are possible.</summary>
    public bool TakesEnrollments(DateTimeOffset now) => Status == TrainingStatus.Open && now < RegistrationDeadline && now < StartsAt;
}
