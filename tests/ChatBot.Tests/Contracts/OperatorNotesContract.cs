using ChatBot.Core.Operators;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IOperatorNotes"/> promises: the notes the turns wrote, per conversation, oldest first.</summary>
public abstract class OperatorNotesContract : StoreContract
{
    [StoreFact]
    public void AConversationsNotesComeOldestFirstWithoutOtherConversations()
    {
        Commit("1", "первая");
        Commit("2", "чужая");
        Commit("1", "вторая");

        Assert.Equal(["первая", "вторая"], Stores.Notes.Of("telegram:1").Select(n => n.Text));
    }

    [StoreFact]
    public void ANoteKeepsItsOperatorTextAndTime()
    {
        var note = Commit("1", "перезвонить после 15:00");

        Assert.True(note.Id > 0);
        Assert.Equivalent(note, Assert.Single(Stores.Notes.Of("telegram:1")), strict: true);
    }

    [StoreFact]
    public void AConversationWithoutNotesHasNone()
    {
        Commit("1", "первая");

        Assert.Empty(Stores.Notes.Of("telegram:2"));
    }

    private OperatorNote Commit(string chatId, string text)
    {
        var conversation = Conversation(chatId);
        var note = new OperatorNote { ConversationId = conversation.Id, Operator = "anna", Text = text, At = At };
        Stores.Conversations.Commit(Turn(conversation) with { Note = note });
        return note;
    }
}

public sealed class OperatorNotesContractOnLiteDb : OperatorNotesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class OperatorNotesContractInMemory : OperatorNotesContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class OperatorNotesContractOnPostgreSql : OperatorNotesContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
