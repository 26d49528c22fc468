namespace ChatBot.Core.Applications;

/// <summary>
/// How much an application may carry in files: each file, how many, and all together. The total is held under
/// LiteDB's 16 MB for one document, as the files are stored sealed inside the application (and, while the form is
/// filled in, inside the conversation).
/// </summary>
public sealed record AttachmentLimits(long MaxBytes, int MaxCount, long MaxTotalBytes)
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>Above this one document would not fit beside the rest of the record.</summary>
    public const long StorableTotal = 15 * Megabyte;

    /// <summary>Telegram lets a bot download files up to 20 MB (<c>getFile</c>).</summary>
    public const long TelegramDownload = 20 * Megabyte;

    public static AttachmentLimits Default { get; } = new(10 * Megabyte, 5, 12 * Megabyte);
}
