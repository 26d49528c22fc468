using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IOutbox"/> and <see cref="IConversationOutbox"/> promise: replies wait, in order, until delivered or dropped.</summary>
public abstract class OutboxContract : StoreContract
{
    private IOutbox Outbox => Stores.Outbox;

    [StoreFact]
    public void ACommittedTurnsOutboxItemsArePendingForTheirChannelInOrder()
    {
        var telegram = Conversation("1");
        var web = Conversation("1", "web");
        Stores.Conversations.Commit(Turn(telegram) with { Outbox = [Reply(telegram, "первый"), Reply(telegram, "второй")] });
        Stores.Conversations.Commit(Turn(web) with { Outbox = [Reply(web, "в веб")] });
        Stores.Conversations.Commit(Turn(telegram) with { Outbox = [Reply(telegram, "третий")] });

        Assert.Equal(["первый", "второй", "третий"], Outbox.Pending("telegram", 10).Select(o => o.Message.Text));
        Assert.Equal(["в веб"], Outbox.Pending("web", 10).Select(o => o.Message.Text));
    }

    [StoreFact]
    public void PendingGivesAtMostTheOldestMax()
    {
        foreach (var text in new[] { "1", "2", "3" })
        {
            Outbox.Add(Reply(Conversation("1"), text));
        }

        Assert.Equal(["1", "2"], Outbox.Pending("telegram", 2).Select(o => o.Message.Text));
    }

    [StoreFact]
    public void AnItemAddedOutsideATurnGetsAnIdAfterTheTurnsRepliesAndIsPendingAfterThem()
    {
        var conversation = Conversation("1");
        var reply = Reply(conversation, "ответ");
        Stores.Conversations.Commit(Turn(conversation) with { Outbox = [reply] });
        var notice = Reply(conversation, "уведомление");

        Outbox.Add(notice);

        Assert.True(notice.Id > reply.Id);
        Assert.Equal([reply.Id, notice.Id], Outbox.Pending("telegram", 10).Select(o => o.Id));
    }

    [StoreFact]
    public void ADeliveredItemIsNoLongerPending()
    {
        var first = Reply(Conversation("1"), "первый");
        Outbox.Add(first);
        Outbox.Add(Reply(Conversation("1"), "второй"));

        Outbox.MarkDelivered(first.Id, At);

        Assert.False(Outbox.IsPending(first.Id));
        Assert.Equal(["второй"], Outbox.Pending("telegram", 10).Select(o => o.Message.Text));
    }

    [StoreFact]
    public void ADroppedItemIsNoLongerPending()
    {
        var dropped = Reply(Conversation("1"), "заблокировал");
        Outbox.Add(dropped);

        Outbox.MarkDropped(dropped.Id, At, "the user blocked the bot");

        Assert.False(Outbox.IsPending(dropped.Id));
        Assert.Empty(Outbox.Pending("telegram", 10));
    }

    [StoreFact]
    public void AnItemIsPendingUntilItIsDeliveredAndAnUnknownOneIsNot()
    {
        var item = Reply(Conversation("1"), "ответ");
        Outbox.Add(item);

        Assert.True(Outbox.IsPending(item.Id));
        Assert.False(Outbox.IsPending(item.Id + 1000));
    }

    [StoreFact]
    public void MarkingAnUnknownItemChangesNothingAndAddsNothing()
    {
        var item = Reply(Conversation("1"), "ответ");
        Outbox.Add(item);

        Outbox.MarkDelivered(item.Id + 1000, At);
        Outbox.MarkDropped(item.Id + 1001, At, "gone");
        Outbox.MarkPartsDelivered(item.Id + 1002, 2);

        Assert.Equal([item.Id], Outbox.Pending("telegram", 10).Select(o => o.Id));
        Assert.Equal(item.Id, Stores.ConversationOutbox.LastId("telegram:1"));
    }

    [StoreFact]
    public void TheDeliveredPartsOfASplitReplyAreKeptWhileItIsPending()
    {
        var item = Reply(Conversation("1"), "длинный ответ");
        Outbox.Add(item);

        Outbox.MarkPartsDelivered(item.Id, 2);

        Assert.Equal(2, Assert.Single(Outbox.Pending("telegram", 10)).DeliveredParts);
    }

    [StoreFact]
    public void AConversationsPendingRepliesAfterAnIdAreItsOwnInOrderUpToMax()
    {
        var mine = Conversation("1", "web");
        var other = Conversation("2", "web");
        var seen = Reply(mine, "увиден");
        var delivered = Reply(mine, "доставлен");
        var next = Reply(mine, "следующий");
        var last = Reply(mine, "последний");
        Stores.Conversations.Commit(Turn(mine) with { Outbox = [seen, delivered] });
        Stores.Conversations.Commit(Turn(other) with { Outbox = [Reply(other, "чужой")] });
        Stores.Conversations.Commit(Turn(mine) with { Outbox = [next, last] });
        Outbox.MarkDelivered(delivered.Id, At);

        Assert.Equal(["следующий", "последний"], Stores.ConversationOutbox.PendingAfter(mine.Id, seen.Id, 10).Select(o => o.Message.Text));
        Assert.Equal(["следующий"], Stores.ConversationOutbox.PendingAfter(mine.Id, seen.Id, 1).Select(o => o.Message.Text));
    }

    [StoreFact]
    public void TheLastIdCountsDeliveredItemsAndIsZeroForAConversationWithoutAny()
    {
        var mine = Conversation("1", "web");
        var reply = Reply(mine, "ответ");
        Stores.Conversations.Commit(Turn(mine) with { Outbox = [reply] });
        Outbox.Add(Reply(Conversation("2", "web"), "чужой"));

        Outbox.MarkDelivered(reply.Id, At);

        Assert.Equal(reply.Id, Stores.ConversationOutbox.LastId(mine.Id));
        Assert.Equal(0, Stores.ConversationOutbox.LastId("web:3"));
    }

    [StoreFact]
    public void AMessageIsKeptWithItsButtonsLinksAuthorAndAttachmentByteForByte()
    {
        var bytes = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray();
        var message = new OutgoingMessage(
            "с файлом", [new Button("Отменить", "training.cancel:1")], [new Link("Сайт", "https://example.org")], MessageAuthor.Operator,
            new Attachment("training.ics", "text/calendar", bytes));
        Outbox.Add(OutboxItem.For(Conversation("1"), message, At));

        var stored = Assert.Single(Outbox.Pending("telegram", 10)).Message;

        Assert.Equal((message.Text, message.From), (stored.Text, stored.From));
        Assert.Equal(message.Buttons, stored.Buttons);
        Assert.Equal(message.Links, stored.Links);
        Assert.Equal(("training.ics", "text/calendar"), (stored.Attachment!.FileName, stored.Attachment.MediaType));
        Assert.Equal(bytes, stored.Attachment.Content);
    }

    [StoreFact]
    public void AnItemChangedAfterItWasAddedIsNotChangedInTheOutbox()
    {
        var item = Reply(Conversation("1"), "ответ");
        Outbox.Add(item);

        item.DeliveredAt = At;
        item.Message = OutgoingMessage.Plain("подменён");

        Assert.Equal("ответ", Assert.Single(Outbox.Pending("telegram", 10)).Message.Text);
    }
}

public sealed class OutboxContractOnLiteDb : OutboxContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class OutboxContractInMemory : OutboxContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class OutboxContractOnPostgreSql : OutboxContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
