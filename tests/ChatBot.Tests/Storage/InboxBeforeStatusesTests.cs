using ChatBot.Core.Inbox;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using LiteDB;

namespace ChatBot.Tests.Storage;

/// <summary>Unanswered questions stored before the review inbox had statuses count as pending in it.</summary>
public sealed class InboxBeforeStatusesTests
{
    [Fact]
    public void AQuestionStoredWithoutAStatusIsPending()
    {
        using var folder = new TemporaryFolder();
        using var database = new ChatBotDatabase(folder.File(ChatBotDatabase.FileName), "secret");
        database.InTransaction(db => db.GetCollection(Collections.Unanswered).Insert(new BsonDocument
        {
            ["_id"] = 1L,
            ["ConversationId"] = "telegram:1",
            ["Language"] = "ru",
            ["At"] = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc),
        }));

        var inbox = new LiteUnansweredQuestions(database);

        var item = Assert.Single(inbox.Items(InboxStatus.Pending));
        Assert.Equal((InboxSignal.NotUnderstood, "telegram:1"), (item.Signal, item.ConversationId));
        Assert.Empty(inbox.Items(InboxStatus.Done));
    }
}
