using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Web.Access;

/// <summary>
/// Conversation ids and access tokens: random, URL-safe, and only the token's SHA-256 is stored, so a copy of the
/// database opens no chat.
/// </summary>
internal static class ChatTokens
{
    /// <summary>128 random bits: unguessable, so an id alone tells nothing.</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>256 random bits.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>Ids the API hands out are base64url; anything else is not one of ours and is not looked up.</summary>
    public static bool LooksLikeId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
