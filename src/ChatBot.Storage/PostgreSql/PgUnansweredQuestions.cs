using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.PostgreSql;

/// <summary>The unanswered questions and the review inbox's other signals (table <c>unanswered</c>, indexed by status).</summary>
public sealed class PgUnansweredQuestions(PgDatabase database) : IUnansweredQuestions, IReviewInbox
{
    private PgCollection<UnansweredQuestion> Questions => database.Tables.Unanswered;

    public IReadOnlyList<UnansweredQuestion> Recent(int max) => Questions.Find("order by id desc limit @max", ("max", max));

    public IReadOnlyList<UnansweredQuestion> Items(InboxStatus? status = null) => status is { } wanted
        ? Questions.Find("where status = @s order by id", ("s", wanted.ToString()))
        : Questions.Find("order by id");

    public IReadOnlyList<UnansweredQuestion> Find(IReadOnlyCollection<long> ids) =>
        Questions.Find("where id = any(@ids) order by id", ("ids", ids.Distinct().ToArray()));

    public int Settle(IReadOnlyCollection<long> ids, InboxStep step) => database.InTransaction(_ =>
    {
        var changed = 0;
        foreach (var item in Questions.Find("where id = any(@ids) order by id for update", ("ids", ids.Distinct().ToArray())))
        {
            item.Status = step.Status;
            item.Trace.Add(step);
            changed += Questions.Update(item) ? 1 : 0;
        }

        return changed;
    });

    public IReadOnlyList<UnansweredQuestion> Between(DateTimeOffset from, DateTimeOffset to) =>
        Questions.Find("where at >= @from and at < @to order by at, id", ("from", from), ("to", to));
}
