using System.Security.Cryptography;

namespace ChatBot.Core.Operators;

/// <summary>The stamp of an account's sessions: random, so that an old session cannot guess the next one.</summary>
public static class SecurityStamps
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Compared in constant time, like any secret a request brings.</summary>
    public static bool Same(string stored, string? presented) =>
        stored.Length > 0 && presented is not null &&
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(stored), System.Text.Encoding.ASCII.GetBytes(presented));
}
