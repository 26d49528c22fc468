using ChatBot.Core.Messages;

namespace ChatBot.Core.Conversations;

/// <summary>What a message answered in its response was answered, so that a retry of it gets the same replies.</summary>
public sealed class LastAnswer
{
    /// <summary>The client's id of the message.</summary>
    public string MessageId { get; set; } = "";

    public List<OutgoingMessage> Replies { get; set; } = [];

    public DateTimeOffset At { get; set; }
}
