using ChatBot.Core.Privacy;

namespace ChatBot.Core.Operators;

/// <summary>An internal note on a conversation: operators see it, the user never does.</summary>
public sealed class OperatorNote
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    public string Operator { get; set; } = "";

    [Personal]
    public string Text { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
