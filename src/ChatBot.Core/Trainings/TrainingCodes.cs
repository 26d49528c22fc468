namespace ChatBot.Core.Trainings;

/// <summary>How languages and statuses are spelled in catalogue files and the admin API.</summary>
public static class TrainingCodes
{
    public static readonly IReadOnlyDictionary<TrainingLanguage, string> Languages = new Dictionary<TrainingLanguage, string>
    {
        [TrainingLanguage.Ru] = "ru",
        [TrainingLanguage.Kk] = "kk",
        [TrainingLanguage.RuKk] = "ru_kk",
    };

    public static readonly IReadOnlyDictionary<TrainingStatus, string> Statuses = new Dictionary<TrainingStatus, string>
    {
        [TrainingStatus.Open] = "open",
        [TrainingStatus.Closed] = "closed",
        [TrainingStatus.Cancelled] = "cancelled",
        [TrainingStatus.Held] = "held",
    };
}
