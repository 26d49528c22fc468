namespace ChatBot.Core.Trainings;

/// <summary>How languages and statuses are spelled in catalogue files and the admin API, and read back from either.</summary>
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

    public static bool TryLanguage(string? code, out TrainingLanguage language) => TryParse(code, Languages, out language);

    public static bool TryStatus(string? code, out TrainingStatus status) => TryParse(code, Statuses, out status);

    // Read as formats are (TrainingFormats.TryParse): trimmed, in any letter case.
    private static bool TryParse<T>(string? code, IReadOnlyDictionary<T, string> codes, out T value)
        where T : struct
    {
        foreach (var (candidate, spelled) in codes)
        {
            if (string.Equals(spelled, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
