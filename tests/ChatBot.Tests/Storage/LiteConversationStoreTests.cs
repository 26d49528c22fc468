using System.Text;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Storage;

/// <summary>The LiteDB store on a real file: encrypted, atomic per turn, readable after a reopen.</summary>
public sealed class LiteConversationStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    private string DatabasePath => _folder.File("chatbot.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ATurnWrittenIsReadBackAfterTheFileIsReopened()
    {
        using (var database = new ChatBotDatabase(DatabasePath, "secret"))
        {
            new LiteConversationStore(database).Commit(Turn("как открыть ИП?", "m1"));
        }

        using var reopened = new ChatBotDatabase(DatabasePath, "secret");
        var store = new LiteConversationStore(reopened);
        Assert.Equal(Language.Kk, store.Find("test:1")!.Language);
        Assert.True(store.HasProcessed("test:1", "m1"));
        Assert.False(store.HasProcessed("test:1", "m2"));
        Assert.Equal(["как открыть ИП?", "Ответ"], store.Transcript("test:1").Select(t => t.Text));
        var pending = Assert.Single(new LiteOutbox(reopened).Pending("test", 10));
        Assert.Equal("Ответ", pending.Message.Text);
        Assert.Equal("intent:x", Assert.Single(pending.Message.Buttons).Payload);
    }

    [Fact]
    public void TheFileIsEncryptedAndUnreadableWithoutThePassword()
    {
        using (var database = new ChatBotDatabase(DatabasePath, "secret"))
        {
            new LiteConversationStore(database).Commit(Turn("мой телефон 87011234567", "m1"));
        }

        var bytes = File.ReadAllBytes(DatabasePath);
        Assert.DoesNotContain("87011234567", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => new ChatBotDatabase(DatabasePath, "wrong").Dispose());
    }

    [Fact]
    public void ATurnThatFailsToCommitLeavesNothingBehind()
    {
        using var database = new ChatBotDatabase(DatabasePath, "secret");
        var store = new LiteConversationStore(database);
        store.Commit(Turn("first", "m1"));

        // The same platform message id again violates the processed-messages key mid-transaction.
        var again = Turn("second", "m1");
        Assert.ThrowsAny<LiteDB.LiteException>(() => store.Commit(again));

        Assert.Equal(["first", "Ответ"], store.Transcript("test:1").Select(t => t.Text));
        Assert.Single(new LiteOutbox(database).Pending("test", 10));
    }

    [Fact]
    public void ADeliveredReplyLeavesThePendingOutbox()
    {
        using var database = new ChatBotDatabase(DatabasePath, "secret");
        new LiteConversationStore(database).Commit(Turn("вопрос", "m1"));
        var outbox = new LiteOutbox(database);

        outbox.MarkDelivered(outbox.Pending("test", 10)[0].Id, At);

        Assert.Empty(outbox.Pending("test", 10));
    }

    [Fact]
    public void AGeneratedKeyFileIsReadableByItsOwnerOnly()
    {
        var (password, generated) = DatabasePassword.Resolve(null, _folder.Path);
        var (again, generatedAgain) = DatabasePassword.Resolve(null, _folder.Path);

        Assert.True(generated);
        Assert.False(generatedAgain);
        Assert.Equal(password, again);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_folder.File(DatabasePassword.KeyFileName)));
        }
    }

    private static TurnRecord Turn(string text, string messageId)
    {
        var message = IncomingMessage.FromText("test", "1", text, At, messageId);
        var conversation = Conversation.Start(message, Language.Kk);
        var reply = new OutgoingMessage("Ответ", [new Button("Тема", "intent:x")], []);
        return new TurnRecord(
            conversation,
            messageId,
            [TranscriptEntry.Inbound(message), TranscriptEntry.Outbound(conversation.Id, reply, At)],
            [new OutboxItem { ConversationId = conversation.Id, Channel = "test", ChatId = "1", Message = reply, CreatedAt = At }],
            [],
            []);
    }
}
