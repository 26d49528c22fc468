using System.Net;
using Telegram.Bot.Exceptions;

namespace ChatBot.Telegram.Sending;

/// <summary>What a failed Bot API call means for the reply: wait, try again later, or give up on this chat.</summary>
internal sealed record SendFailure(SendFailureKind Kind, TimeSpan RetryAfter, string Reason)
{
    public static SendFailure Of(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } e => FloodWait(e.Parameters?.RetryAfter, e.Message),
        ApiRequestException { ErrorCode: 403 } e => new(SendFailureKind.Blocked, TimeSpan.Zero, e.Message),
        ApiRequestException { ErrorCode: 400 } e => new(SendFailureKind.Rejected, TimeSpan.Zero, e.Message),
        RequestException { HttpStatusCode: HttpStatusCode.TooManyRequests } e => FloodWait(null, e.Message),

        // 5xx, timeouts, refused connections, a broken answer, and a 401 (a token being replaced): retried, never dropped.
        _ => new(SendFailureKind.Transient, TimeSpan.Zero, exception.Message),
    };

    private static SendFailure FloodWait(int? seconds, string reason) =>
        new(SendFailureKind.FloodWait, TimeSpan.FromSeconds(Math.Max(1, seconds ?? 1)), reason);
}

internal enum SendFailureKind
{
    /// <summary>429: wait retry_after, then send the same message again.</summary>
    FloodWait,

    /// <summary>5xx, a timeout, the network: back off and send again.</summary>
    Transient,

    /// <summary>403: the user blocked the bot or deleted the account.</summary>
    Blocked,

    /// <summary>400: Telegram will never accept this message (the chat does not exist, say).</summary>
    Rejected,
}
