using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteUnansweredQuestions</c>; the questions are written by the turns, settled by the editors.</summary>
public sealed class InMemoryUnansweredQuestions(InMemoryDatabase database) : IUnansweredQuestions, IReviewInbox
{
    public IReadOnlyList<UnansweredQuestion> Recent(int max) => database.Read(t => t.Unanswered.All().Reverse().Take(max).ToList());

    public IReadOnlyList<UnansweredQuestion> Items(InboxStatus? status = null) =>
        database.Read(t => t.Unanswered.All().Where(u => status is null || u.Status == status).ToList());

    public IReadOnlyList<UnansweredQuestion> Find(IReadOnlyCollection<long> ids) =>
        database.Read(t => ids.Distinct().Select(t.Unanswered.Find).OfType<UnansweredQuestion>().OrderBy(u => u.Id).ToList());

    public int Settle(IReadOnlyCollection<long> ids, InboxStep step) => database.InTransaction(t =>
    {
        var changed = 0;
        foreach (var item in ids.Distinct().Select(t.Unanswered.Find).OfType<UnansweredQuestion>())
        {
            item.Status = step.Status;
            item.Trace.Add(step);
            changed += t.Unanswered.Update(item) ? 1 : 0;
        }

        return changed;
    });

    public IReadOnlyList<UnansweredQuestion> Between(DateTimeOffset from, DateTimeOffset to) =>
        database.Read(t => t.Unanswered.All().Where(u => u.At >= from && u.At < to).OrderBy(u => u.At).ThenBy(u => u.Id).ToList());
}
