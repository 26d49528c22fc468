using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// One element of a <c>getUpdates</c> batch: its id when it has one, and the update when Telegram.Bot can read it;
/// otherwise why not, in words that quote none of the update's content (a user's text must not reach the log).
/// </summary>
internal sealed record ReceivedUpdate(int? Id, Update? Update, string? Unreadable)
{
    public static ReceivedUpdate Read(JsonElement json)
    {
        var id = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("update_id", out var field) && field.TryGetInt32(out var number)
            ? number
            : (int?)null;
        try
        {
            return json.Deserialize<Update>(JsonBotAPI.Options) is { } update && id is not null
                ? new ReceivedUpdate(id, update, null)
                : new ReceivedUpdate(id, null, "not an update with an id");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Not only JsonException: Telegram.Bot's converters throw others (KeyNotFoundException for a chat member
            // without its status), and any of them would stop the poll loop. A JsonException's path names the field,
            // never its value; other messages are left out, as they might quote one.
            return new ReceivedUpdate(id, null, e is JsonException { Path: { } path } ? $"{e.GetType().Name} at {path}" : e.GetType().Name);
        }
    }
}
