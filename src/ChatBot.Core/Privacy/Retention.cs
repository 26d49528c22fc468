using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Privacy;

/// <summary>
/// What one retention run anonymises: for each kind of <see cref="PersonalRecord"/> it names, the records older than
/// its instant (what "older" means for each kind is <see cref="IRetentionStore"/>'s list), and the free text of the
/// conversations idle since <paramref name="IdleConversationsBefore"/>. A kind it does not name is kept. The store
/// applies it and asks these rules about each trainee and each idle conversation.
/// </summary>
public sealed record Retention(IReadOnlyDictionary<PersonalRecord, DateTimeOffset> Before, DateTimeOffset? IdleConversationsBefore)
{
    /// <summary>Nothing is due: every period is off.</summary>
    public bool IsEmpty => Before.Count == 0 && IdleConversationsBefore is null;

    /// <summary>
    /// Whether a trainee's record goes: its last change and the end of every training it enrolled in (cancelled or
    /// not) are before the cut-off. A training no longer in the catalogue holds nothing.
    /// </summary>
    public bool TraineeIsDue(Trainee trainee, IEnumerable<DateTimeOffset> trainingsEnd) =>
        Before.TryGetValue(PersonalRecord.Trainee, out var before) && trainee.UpdatedAt < before && trainingsEnd.All(end => end < before);

    /// <summary>
    /// Clears the free text an idle conversation holds: the question behind clarification buttons, the question the last
    /// answer answered (kept for a 👎 on it), the replies kept
    /// for a retried web message, and a flow left half-way with the answers typed into it (a year later the user
    /// starts it again). Its id, channel, language, mode and news consent stay. True when something was cleared.
    /// </summary>
    public static bool ClearIdleState(Conversation conversation)
    {
        var held = conversation.ClarifiedQuestion is not null || conversation.AnsweredQuestion is not null
            || conversation.LastAnswer is not null || conversation.Flow is not null;
        conversation.ClarifiedQuestion = null;
        conversation.AnsweredQuestion = null;
        conversation.LastAnswer = null;
        conversation.Flow = null;
        return held;
    }
}
