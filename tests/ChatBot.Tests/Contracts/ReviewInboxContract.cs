using ChatBot.Core.Inbox;
using ChatBot.Core.Privacy;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// What <see cref="IReviewInbox"/> promises: the turns' signals, by status, oldest first; settling moves them and keeps
/// every step; /forget erases a conversation's items with its other records.
/// </summary>
public abstract class ReviewInboxContract : StoreContract
{
    [StoreFact]
    public void ASignalKeepsItsKindTopicAndOperatorsAnswerAndStartsPending()
    {
        var conversation = Conversation("1");
        var question = Question(conversation, "можно ли вернуть НДС при экспорте");
        question.Signal = InboxSignal.Handoff;
        question.Topic = "vat.refund";
        question.OperatorAnswer = "Да, по заявлению в КГД";
        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [question] });

        var stored = Assert.Single(Stores.Inbox.Items(InboxStatus.Pending));
        Assert.Equivalent(question, stored, strict: true);
        Assert.Equal(InboxStatus.Pending, stored.Status);
    }

    [StoreFact]
    public void SettlingMovesTheItemsAndKeepsWhatWasDoneByWhomAndWhen()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [Question(conversation, "один"), Question(conversation, "два"), Question(conversation, "три")] });
        var ids = Stores.Inbox.Items().Select(i => i.Id).ToList();

        var changed = Stores.Inbox.Settle([ids[0], ids[2], 999], Step(InboxStatus.Ignored, "ignore", At));
        Stores.Inbox.Settle([ids[0]], Step(InboxStatus.Pending, "reopen", At.AddMinutes(1)));

        Assert.Equal(2, changed);
        Assert.Equal(["один", "два"], Stores.Inbox.Items(InboxStatus.Pending).Select(i => i.Text));
        Assert.Equal(["три"], Stores.Inbox.Items(InboxStatus.Ignored).Select(i => i.Text));
        var first = Stores.Inbox.Items().First();
        Assert.Equal(["ignore", "reopen"], first.Trace.Select(s => s.Action));
        Assert.Equivalent(Step(InboxStatus.Ignored, "ignore", At), first.Trace[0], strict: true);
    }

    [StoreFact]
    public void ItemsAreFoundByTheirIdsOldestFirstAndUnknownIdsAreSkipped()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [Question(conversation, "один"), Question(conversation, "два"), Question(conversation, "три")] });
        var ids = Stores.Inbox.Items().Select(i => i.Id).ToList();

        var found = Stores.Inbox.Find([ids[2], 999, ids[0], ids[2]]);

        Assert.Equal(["один", "три"], found.Select(i => i.Text));
        Assert.Empty(Stores.Inbox.Find([]));
    }

    [StoreFact]
    public void AllStatusesComeOldestFirstWhenNoneIsAskedFor()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [Question(conversation, "один")] });
        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [Question(conversation, "два")] });
        Stores.Inbox.Settle([Stores.Inbox.Items()[0].Id], Step(InboxStatus.Done, "phrasing", At));

        Assert.Equal(["один", "два"], Stores.Inbox.Items().Select(i => i.Text));
        Assert.Empty(Stores.Inbox.Items(InboxStatus.Ignored));
    }

    [StoreFact]
    public void ForgettingAConversationErasesItsItemsOnly()
    {
        var mine = Conversation("1");
        var other = Conversation("2");
        Stores.Conversations.Commit(Turn(mine) with { Unanswered = [Question(mine, "мой вопрос")] });
        Stores.Conversations.Commit(Turn(other) with { Unanswered = [Question(other, "чужой вопрос")] });

        Stores.Conversations.Commit(Turn(mine) with { Erasure = Erasure.Everything });

        Assert.Equal(["чужой вопрос"], Stores.Inbox.Items().Select(i => i.Text));
    }

    private static InboxStep Step(InboxStatus status, string action, DateTimeOffset at) =>
        new() { Action = action, Status = status, Detail = "vat.refund (ru)", By = "editor1", At = at };
}

public sealed class ReviewInboxContractOnLiteDb : ReviewInboxContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class ReviewInboxContractInMemory : ReviewInboxContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class ReviewInboxContractOnPostgreSql : ReviewInboxContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
