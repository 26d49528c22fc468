using ChatBot.Core.Inbox;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using LiteDB;

namespace ChatBot.Tests.Storage;

/// <summary>
/// Unanswered questions stored before the review inbox had statuses count as pending in it: the file gives them their
/// status when it opens, so that the inbox lists a status through its index.
/// </summary>
public sealed class InboxBeforeStatusesTests
{
    [Fact]
    public void AQuestionStoredWithoutAStatusIsPendingOnceTheFileOpens()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File(ChatBotDatabase.FileName);
        using (var older = new ChatBotDatabase(path, "secret"))
        {
            older.InTransaction(db => db.GetCollection(Collections.Unanswered).Insert(new BsonDocument
            {
                ["_id"] = 1L,
                ["ConversationId"] = "telegram:1",
                ["Language"] = "ru",
                ["At"] = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc),
            }));
        }

        using var database = new ChatBotDatabase(path, "secret");
        var inbox = new LiteUnansweredQuestions(database);

        var item = Assert.Single(inbox.Items(InboxStatus.Pending));
        Assert.Equal((InboxSignal.NotUnderstood, "telegram:1"), (item.Signal, item.ConversationId));
        Assert.Empty(inbox.Items(InboxStatus.Done));
        Assert.Equal("Pending", database.Database.GetCollection(Collections.Unanswered).FindById(1L)["Status"].AsString);
    }

    [Fact]
    public void TheInboxIsIndexedByStatus()
    {
        using var folder = new TemporaryFolder();
        using var database = new ChatBotDatabase(folder.File(ChatBotDatabase.FileName), "secret");

        var plan = database.Database.GetCollection(Collections.Unanswered).Query()
            .Where(Query.EQ("Status", "Pending")).GetPlan();

        Assert.True(plan["index"]["name"] == "Status", plan.ToString());
    }
}
