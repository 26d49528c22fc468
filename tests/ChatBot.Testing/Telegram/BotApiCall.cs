using System.Text.Json.Nodes;

namespace ChatBot.Testing.Telegram;

/// <summary>One request the bot made to the fake Bot API, with what the fake answered.</summary>
public sealed record BotApiCall(string Method, JsonObject Body)
{
    public int Status { get; internal set; }

    /// <summary>When the call arrived (<see cref="System.Diagnostics.Stopwatch"/> ticks), to measure a sender's rate.</summary>
    public long ArrivedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public long? ChatId => Body["chat_id"] is { } id ? long.Parse(id.ToString(), System.Globalization.CultureInfo.InvariantCulture) : null;
}
