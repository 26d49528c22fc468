using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Sessions;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteUserKeyHasher</c>: HMAC-SHA256 under a key of its own, fixed for the life of the stores.</summary>
public sealed class InMemoryUserKeyHasher : IUserKeyHasher
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Hash(string text) => Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
}
