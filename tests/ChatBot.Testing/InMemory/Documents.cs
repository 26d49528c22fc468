using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Testing.InMemory;

/// <summary>
/// Stored documents as JSON snapshots. LiteDB maps an object to a document when it is written and a new object
/// from it on every read, so nobody shares a stored object; a JSON round trip gives the twin the same.
/// </summary>
internal static class Documents
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // LiteDB keeps a NaN confidence like any other double.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new StoredTime() },
    };

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"a stored {typeof(T).Name} read back as null");
}
