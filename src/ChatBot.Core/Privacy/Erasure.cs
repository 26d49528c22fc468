using ChatBot.Core.Conversations;

namespace ChatBot.Core.Privacy;

/// <summary>
/// What /forget erases: the conversation's own state, cleared by <see cref="ClearState"/> before the turn is committed,
/// and the stored <see cref="Records"/>, which the store erases for the turn's conversation inside the turn's
/// transaction, before it writes the turn itself (so the reply "your data is erased" is kept). A store that meets a
/// kind it cannot erase refuses the whole turn rather than erase part of it.
/// </summary>
public sealed record Erasure(IReadOnlyList<PersonalRecord> Records)
{
    /// <summary>Every kind: what the consent texts and the /forget confirmation promise.</summary>
    public static Erasure Everything { get; } = new(Enum.GetValues<PersonalRecord>());

    /// <summary>
    /// Clears what the conversation holds of its user: the answers of a flow under way, the news consent, a question
    /// waiting for its clarification, the replies kept for a retried web message, the count of misunderstandings, the last topic asked about and
    /// the question it answered, the hash of the ИИН/БИН given (later sessions count per chat). Its
    /// id, channel and language stay, so that the bot keeps answering in the user's language.
    /// </summary>
    public static void ClearState(Conversation conversation)
    {
        conversation.Flow = null;
        conversation.News = null;
        conversation.Pending = PendingQuestion.None;
        conversation.ClarifiedQuestion = null;
        conversation.LastAnswer = null;
        conversation.MisunderstoodInARow = 0;
        conversation.LastTopic = null;
        conversation.AnsweredQuestion = null;
        conversation.WaitingNoteAt = null;
        conversation.UserKey = null;
    }
}
