using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// <c>getUpdates</c> with the updates left as JSON: Telegram.Bot reads the whole batch at once, so one update it
/// cannot read would fail every call and the offset would never pass it. <see cref="ReceivedUpdate"/> reads them one by one.
/// </summary>
internal sealed class UpdatesAsJsonRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonPropertyName("offset")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Offset { get; init; }

    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    [JsonPropertyName("timeout")]
    public int Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public required IReadOnlyList<string> AllowedUpdates { get; init; }
}
