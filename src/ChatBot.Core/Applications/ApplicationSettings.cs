namespace ChatBot.Core.Applications;

/// <summary>
/// The <c>ChatBot:Applications</c> settings: the service level of each kind (<c>ChatBot:Applications:ServiceLevels:{kind}</c>); a kind not configured
/// has the defaults below (one working day to a first response, a working week to the answer; a legal or tax question
/// two weeks, a support-measure application three). A deployment sets its own.
/// </summary>
public sealed class ApplicationSettings
{
    public Dictionary<string, ServiceLevel> ServiceLevels { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["legal"] = new() { FirstResponseHours = 8, ResolutionHours = 80 },
        ["tax"] = new() { FirstResponseHours = 8, ResolutionHours = 80 },
        ["finance"] = new() { FirstResponseHours = 8, ResolutionHours = 120 },
        ["permits"] = new() { FirstResponseHours = 8, ResolutionHours = 80 },
        ["export"] = new() { FirstResponseHours = 8, ResolutionHours = 80 },
        ["other"] = new() { FirstResponseHours = 8, ResolutionHours = 40 },
    };

    /// <summary>The largest file the attachment step takes (<c>ChatBot:Applications:MaxAttachmentBytes</c>); 10 MB.</summary>
    public long MaxAttachmentBytes { get; set; } = AttachmentLimits.Default.MaxBytes;

    /// <summary>How many files one application takes (<c>ChatBot:Applications:MaxAttachments</c>); 5.</summary>
    public int MaxAttachments { get; set; } = AttachmentLimits.Default.MaxCount;

    /// <summary>All of one application's files together (<c>ChatBot:Applications:MaxAttachmentsTotalBytes</c>); 12 MB.</summary>
    public long MaxAttachmentsTotalBytes { get; set; } = AttachmentLimits.Default.MaxTotalBytes;

    public AttachmentLimits Attachments => new(MaxAttachmentBytes, MaxAttachments, MaxAttachmentsTotalBytes);

    public ServiceLevel For(ApplicationKind kind) => ServiceLevels.TryGetValue(kind.Code(), out var level) ? level : new ServiceLevel();

    /// <summary>Why the levels cannot be used, or null: unknown kinds and hours that are not positive stop the start.</summary>
    public string? Problem()
    {
        if (MaxAttachments < 0 || MaxAttachmentBytes <= 0 || MaxAttachmentBytes > MaxAttachmentsTotalBytes || MaxAttachmentsTotalBytes > AttachmentLimits.StorableTotal)
        {
            return "ChatBot:Applications needs MaxAttachments of 0 or more, and MaxAttachmentBytes above 0 and not above "
                + $"MaxAttachmentsTotalBytes, which may not exceed {AttachmentLimits.StorableTotal} (15 MB: an application is one LiteDB document, at most 16 MB)";
        }

        foreach (var (kind, level) in ServiceLevels)
        {
            if (!ApplicationKinds.TryParse(kind, out _))
            {
                return $"ChatBot:Applications:ServiceLevels has an unknown kind '{kind}' (legal, tax, finance, permits, export, other)";
            }

            if (level.FirstResponseHours <= 0 || level.ResolutionHours < level.FirstResponseHours)
            {
                return $"ChatBot:Applications:ServiceLevels:{kind} needs FirstResponseHours above 0 and ResolutionHours not below it";
            }
        }

        return null;
    }
}
