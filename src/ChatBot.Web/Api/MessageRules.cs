namespace ChatBot.Web.Api;

/// <summary>What a message sent to the chat must be; each rule broken has its reason for the 400.</summary>
internal static class MessageRules
{
    public const int MaxTextLength = 4000;
    public const int MaxPayloadLength = 200;
    public const int MaxClientMessageIdLength = 100;

    public static string? Broken(SendMessageRequest request) => request switch
    {
        { Text: null, Payload: null } => "give a text or a payload",
        { Text: not null, Payload: not null } => "give a text or a payload, not both",
        { Text: { } text } when string.IsNullOrWhiteSpace(text) => "the message is empty",
        { Text.Length: > MaxTextLength } => $"the message is longer than {MaxTextLength} characters",
        { Payload: { } payload } when string.IsNullOrWhiteSpace(payload) => "the payload is empty",
        { Payload.Length: > MaxPayloadLength } => $"the payload is longer than {MaxPayloadLength} characters",
        { ClientMessageId: { } id } when id.Length is 0 or > MaxClientMessageIdLength =>
            $"clientMessageId must be 1 to {MaxClientMessageIdLength} characters",
        _ => null,
    };
}
