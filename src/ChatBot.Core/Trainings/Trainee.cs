using ChatBot.Core.Privacy;

namespace ChatBot.Core.Trainings;

/// <summary>
/// The personal data a person gave to enroll, kept per conversation so that a returning user is not asked
/// again. Stored only after consent, in the encrypted database, shown only to admins, erased on /forget.
/// </summary>
public sealed class Trainee
{
    /// <summary>The conversation id (channel:chatId).</summary>
    public string ConversationId { get; set; } = "";

    [Personal]
    public string Name { get; set; } = "";

    /// <summary>Normalised, e.g. +77011234567.</summary>
    [Personal]
    public string Phone { get; set; } = "";

    /// <summary>ИИН, 12 digits with a valid check digit.</summary>
    [Personal(Matched = true)]
    public string Iin { get; set; } = "";

    /// <summary>БИН of the business, when there is one.</summary>
    [Personal(Matched = true)]
    public string? Bin { get; set; }

    /// <summary>The sector answer of the enrollment flow (its option value).</summary>
    public string Sector { get; set; } = "";

    /// <summary>When the person agreed to the processing of personal data.</summary>
    public DateTimeOffset ConsentAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
