using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ChatBot.Web.Access;

/// <summary>
/// Short-lived tickets that open one conversation's event stream. EventSource cannot send a header, so the stream's
/// URL carries a ticket rather than the token: URLs end up in proxies' logs and browsers' histories, and a ticket found
/// there is worth one minute of reading one conversation. A ticket is the conversation id and its expiry under Data
/// Protection: nothing is stored, and hosts that share the keys accept each other's tickets.
/// </summary>
internal sealed class StreamTickets(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly IDataProtector _protector = protection.CreateProtector("ChatBot.Web.StreamTicket.v1");

    public (string Ticket, DateTimeOffset ExpiresAt) Issue(string chatId)
    {
        var expiresAt = time.GetUtcNow() + Lifetime;
        var payload = expiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + ":" + chatId;
        return (_protector.Protect(payload), expiresAt);
    }

    /// <returns>The chat id the ticket opens, or null when it is not one of ours or has expired.</returns>
    public string? Open(string ticket)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(ticket);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !long.TryParse(payload.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }

        return time.GetUtcNow() < DateTimeOffset.FromUnixTimeMilliseconds(expires) ? payload[(colon + 1)..] : null;
    }
}
