using ChatBot.Core.Privacy;

namespace ChatBot.Core.Conversations;

/// <summary>A question the bot could not answer, kept for the knowledge-base editors.</summary>
public sealed class UnansweredQuestion
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    [Personal]
    public string Text { get; set; } = "";

    public string Language { get; set; } = "";

    /// <summary>The classifier's best guesses with their probabilities, as "intent:0.31".</summary>
    public List<string> Guesses { get; set; } = [];

    public DateTimeOffset At { get; set; }
}
