using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using ChatBot.Tests.Contracts;

namespace ChatBot.Tests.Storage;

/// <summary>The outbox as channels use it: items added outside a turn, split replies, items given up on.</summary>
public sealed class LiteOutboxTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();
    private readonly ChatBotDatabase _database;
    private readonly LiteOutbox _outbox;

    public LiteOutboxTests()
    {
        _database = new ChatBotDatabase(_folder.File("chatbot.db"), "secret");
        _outbox = new LiteOutbox(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void ItemsAddedOutsideATurnArePendingInTheOrderAdded()
    {
        Add("первый");
        Add("второй");
        Add("в другой канал", channel: "web");

        Assert.Equal(["первый", "второй"], _outbox.Pending("telegram", 10).Select(i => i.Message.Text));
    }

    [Fact]
    public void TheDeliveredPartsOfASplitReplyAreRemembered()
    {
        var item = Add("длинный ответ");

        _outbox.MarkPartsDelivered(item.Id, 2);

        Assert.Equal(2, Assert.Single(_outbox.Pending("telegram", 10)).DeliveredParts);
    }

    [Fact]
    public void AnItemGivenUpOnLeavesThePendingListWithItsReasonAndIsErasedByForget()
    {
        var dropped = Add("заблокировал");
        Add("следующий");

        _outbox.MarkDropped(dropped.Id, At, "the user blocked the bot");

        Assert.Equal(["следующий"], _outbox.Pending("telegram", 10).Select(i => i.Message.Text));
        var stored = _database.Database.GetCollection<OutboxItem>("outbox").FindById(dropped.Id);
        Assert.Equal("the user blocked the bot", stored.DropReason);

        new LiteConversationStore(_database).Commit(Samples.Forgetting(Samples.Conversation("1")));
        Assert.Null(_database.Database.GetCollection<OutboxItem>("outbox").FindById(dropped.Id));
    }

    [Fact]
    public void ABlockedChatIsRememberedUntilUnblocked()
    {
        var blocked = new LiteBlockedChats(_database);

        blocked.MarkBlocked("telegram", "1", At);
        Assert.True(blocked.IsBlocked("telegram", "1"));
        Assert.False(blocked.IsBlocked("telegram", "2"));

        blocked.Unblock("telegram", "1");
        Assert.False(blocked.IsBlocked("telegram", "1"));
    }

    [Fact]
    public void AnAttachmentIsStoredWithItsMessageByteForByte()
    {
        var bytes = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray();
        var item = Add("с файлом");
        item.Message = item.Message with { Attachment = new Attachment("training.ics", "text/calendar", bytes) };
        _database.Database.GetCollection<OutboxItem>("outbox").Update(item);

        var stored = Assert.Single(_outbox.Pending("telegram", 10)).Message.Attachment!;

        Assert.Equal(("training.ics", "text/calendar"), (stored.FileName, stored.MediaType));
        Assert.Equal(bytes, stored.Content);
    }

    private OutboxItem Add(string text, string channel = "telegram")
    {
        var item = new OutboxItem
        {
            ConversationId = channel + ":1",
            Channel = channel,
            ChatId = "1",
            Message = OutgoingMessage.Plain(text),
            CreatedAt = At,
        };
        _outbox.Add(item);
        return item;
    }
}
