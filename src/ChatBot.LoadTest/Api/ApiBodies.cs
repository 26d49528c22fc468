using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.LoadTest.Api;

/// <summary>The parts of the chat API's bodies the generator reads and writes (docs/web-chat.md).</summary>
internal sealed record StartBody(string Lang);

internal sealed record MessageBody(string? Text, string? Payload, string ClientMessageId);

internal sealed record StartedBody(string ConversationId, string Token, IReadOnlyList<ChatReply> Replies);

internal sealed record RepliesBody(IReadOnlyList<ChatReply> Replies);

// Generated ahead, so that the generator spends as little of the shared machine's CPU on JSON as it can.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StartBody))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(StartedBody))]
[JsonSerializable(typeof(RepliesBody))]
internal sealed partial class ApiJson : JsonSerializerContext;
