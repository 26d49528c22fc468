using ChatBot.Core.Knowledge;
using ChatBot.Core.Trainings;

namespace ChatBot.Tests.Trainings;

/// <summary>Trainings built for tests.</summary>
internal static class Trainings
{
    public static Training Sample(string id, int capacity, DateTimeOffset startsAt, TrainingFormat format = TrainingFormat.Webinar) => new()
    {
        Id = id,
        Title = new LocalizedText("Налоги для ИП", "ЖК үшін салықтар"),
        Description = new LocalizedText("Разберём форму 910.", "910 нысанын талдаймыз."),
        Format = format,
        Topic = new TrainingTopic("taxes", new LocalizedText("Налоги", "Салықтар")),
        Language = TrainingLanguage.Ru,
        StartsAt = startsAt,
        DurationMinutes = 90,
        OnlineLink = "https://meet.example.org/" + id,
        Capacity = capacity,
        RegistrationDeadline = startsAt.AddHours(-1),
        Status = TrainingStatus.Open,
    };
}
