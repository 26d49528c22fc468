using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>The steps of dialogs/enrollment.yaml and the trainee record, mapped both ways.</summary>
public static class TraineeAnswers
{
    public const string Consent = "consent";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Iin = "iin";
    public const string Bin = "bin";
    public const string Sector = "sector";

    /// <summary>What a returning person gave last time; nothing without a recorded consent.</summary>
    public static IReadOnlyDictionary<string, string> Known(Trainee? trainee) => trainee is null || trainee.ConsentAt == default
        ? new Dictionary<string, string>()
        : new Dictionary<string, string>
        {
            [Consent] = "yes",
            [Name] = trainee.Name,
            [Phone] = trainee.Phone,
            [Iin] = trainee.Iin,
            [Bin] = trainee.Bin ?? "",
            [Sector] = trainee.Sector,
        };

    /// <summary>The record to keep after a completed form; the consent time is the first one given.</summary>
    public static Trainee ToTrainee(string conversationId, IReadOnlyDictionary<string, string> answers, Trainee? before, DateTimeOffset now) => new()
    {
        ConversationId = conversationId,
        Name = answers.GetValueOrDefault(Name, ""),
        Phone = answers.GetValueOrDefault(Phone, ""),
        Iin = answers.GetValueOrDefault(Iin, ""),
        Bin = answers.GetValueOrDefault(Bin) is { Length: > 0 } bin ? bin : null,
        Sector = answers.GetValueOrDefault(Sector, ""),
        ConsentAt = before is { ConsentAt: var given } && given != default ? given : now,
        UpdatedAt = now,
    };
}
