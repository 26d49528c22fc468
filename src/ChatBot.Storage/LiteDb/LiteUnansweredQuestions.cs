using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>The unanswered questions and the review inbox's other signals (collection <c>unanswered</c>).</summary>
public sealed class LiteUnansweredQuestions(ChatBotDatabase database) : IUnansweredQuestions, IReviewInbox
{
    private ILiteCollection<UnansweredQuestion> Questions => database.Database.GetCollection<UnansweredQuestion>(Collections.Unanswered);

    public IReadOnlyList<UnansweredQuestion> Recent(int max) => Questions.Query().OrderByDescending(u => u.Id).Limit(max).ToList();

    // Through the index on Status: the items stored before the inbox had statuses got theirs when the file opened (InboxStatuses).
    public IReadOnlyList<UnansweredQuestion> Items(InboxStatus? status = null) =>
        (status is { } wanted ? Questions.Find(Query.EQ(nameof(UnansweredQuestion.Status), wanted.ToString())) : Questions.FindAll())
            .OrderBy(u => u.Id).ToList();

    public IReadOnlyList<UnansweredQuestion> Find(IReadOnlyCollection<long> ids) =>
        Questions.Find(Query.In("_id", ids.Distinct().Select(id => new BsonValue(id)))).OrderBy(u => u.Id).ToList();

    public int Settle(IReadOnlyCollection<long> ids, InboxStep step)
    {
        var changed = 0;
        database.InTransaction(db =>
        {
            var questions = db.GetCollection<UnansweredQuestion>(Collections.Unanswered);
            foreach (var item in ids.Distinct().Select(id => questions.FindById(id)).OfType<UnansweredQuestion>())
            {
                item.Status = step.Status;
                item.Trace.Add(step);
                changed += questions.Update(item) ? 1 : 0;
            }
        });
        return changed;
    }

    public IReadOnlyList<UnansweredQuestion> Between(DateTimeOffset from, DateTimeOffset to) =>
        Questions.Find(u => u.At >= from && u.At < to).OrderBy(u => u.At).ThenBy(u => u.Id).ToList();
}
