using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The numbers of PostgreSQL's advisory locks (one 64-bit key space per database): the first 8 bytes of the SHA-256 of a
/// name, so that conversations and roles, named apart, never share a number in practice.
/// </summary>
internal static class AdvisoryLockKeys
{
    /// <summary>A conversation's, of its id in upper case: ids that differ only in letter case name one conversation.</summary>
    public static long OfConversation(string conversationId) => Of(conversationId.ToUpperInvariant());

    /// <summary>A role's, of "role:" and its name.</summary>
    public static long OfRole(string role) => Of("role:" + role);

    private static long Of(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
