using ChatBot.Core.Conversations;

namespace ChatBot.Core.Inbox;

/// <summary>
/// The editors' review inbox as stored: the signals the turns wrote (as <see cref="UnansweredQuestion"/>s, with the
/// unanswered questions they began as) and their statuses. Grouping and hiding are <see cref="InboxView"/>'s.
/// </summary>
public interface IReviewInbox
{
    /// <summary>The items with <paramref name="status"/> (all when null), oldest first.</summary>
    IReadOnlyList<UnansweredQuestion> Items(InboxStatus? status = null);

    /// <summary>The items with these ids, oldest first; unknown ids (an item erased by /forget meanwhile) are skipped.</summary>
    IReadOnlyList<UnansweredQuestion> Find(IReadOnlyCollection<long> ids);

    /// <summary>
    /// Moves the items with these ids to <paramref name="step"/>'s status and appends the step to their trace;
    /// unknown ids (an item erased by /forget meanwhile) are skipped. Returns how many items it changed.
    /// </summary>
    int Settle(IReadOnlyCollection<long> ids, InboxStep step);
}
