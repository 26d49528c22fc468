using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Trainings;

/// <summary>
/// What a training of the catalogue must be, whether it comes from a catalogue file or the admin API; each reader
/// words its own messages around these and names the limits from here.
/// </summary>
public static partial class TrainingRules
{
    // Short enough for a button payload within Telegram's 64 bytes.
    public const int MaxIdLength = 40;

    public const int MinDurationMinutes = 1;

    // Two weeks.
    public const int MaxDurationMinutes = 14 * 24 * 60;

    public const int MinCapacity = 1;

    public const int MaxCapacity = 100_000;

    /// <summary>Lower-case latin letters and digits, in words joined by single dashes (<c>tax-basics-webinar</c>).</summary>
    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    public static bool IsValidDuration(int minutes) => minutes is >= MinDurationMinutes and <= MaxDurationMinutes;

    public static bool IsValidCapacity(int seats) => seats is >= MinCapacity and <= MaxCapacity;

    /// <summary>A title, description, topic or place: both languages, neither blank.</summary>
    public static bool IsBilingual(LocalizedText? text) =>
        text is not null && !string.IsNullOrWhiteSpace(text.Ru) && !string.IsNullOrWhiteSpace(text.Kk);

    /// <summary>Offline at a place or online by a link: exactly one of the two.</summary>
    public static bool HasOneVenue(bool hasPlace, bool hasOnlineLink) => hasPlace != hasOnlineLink;

    public static bool IsValidOnlineLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>Registration closes at the start at the latest.</summary>
    public static bool DeadlineFits(DateTimeOffset deadline, DateTimeOffset startsAt) => deadline <= startsAt;

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex IdPattern();
}
