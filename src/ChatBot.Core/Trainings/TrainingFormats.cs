namespace ChatBot.Core.Trainings;

/// <summary>The codes of formats in files, payloads and the admin API: course, master_class, webinar, offline.</summary>
public static class TrainingFormats
{
    public static readonly IReadOnlyList<TrainingFormat> All = Enum.GetValues<TrainingFormat>();

    public static string Code(TrainingFormat format) => format switch
    {
        TrainingFormat.Course => "course",
        TrainingFormat.MasterClass => "master_class",
        TrainingFormat.Webinar => "webinar",
        _ => "offline",
    };

    public static bool TryParse(string? code, out TrainingFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The key of the format's name in texts.yaml (<c>training_format_master_class</c>).</summary>
    public static string TextKey(TrainingFormat format) => "training_format_" + Code(format);
}
