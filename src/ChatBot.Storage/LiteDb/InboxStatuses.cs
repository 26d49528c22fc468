using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The pass that gives the items stored before the review inbox had statuses their status, pending, so that the inbox
/// lists a status through the index on <c>Status</c> rather than reading every item. Run when the file opens; it finds
/// the items without a status through that same index (a missing field is indexed as null), so after the first
/// opening of an older file it reads nothing.
/// </summary>
internal static class InboxStatuses
{
    private const string Field = nameof(UnansweredQuestion.Status);

    /// <returns>How many items were given their status.</returns>
    public static int SetMissing(LiteDatabase db)
    {
        var items = db.GetCollection(Collections.Unanswered);
        var missing = items.Find(Query.EQ(Field, BsonValue.Null)).ToList();
        foreach (var item in missing)
        {
            item[Field] = InboxStatus.Pending.ToString();
        }

        return items.Update(missing);
    }
}
