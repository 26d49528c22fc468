using ChatBot.Core.Inbox;
using ChatBot.Testing;
using static ChatBot.Tests.Inbox.InboxItems;

namespace ChatBot.Tests.Inbox;

/// <summary>What the editor is shown: nothing already in the training text; counts that say what each filter shows.</summary>
public sealed class InboxViewTests
{
    [Fact]
    public void AQuestionAlreadyInTheTrainingTextIsHiddenWhateverItsSpelling()
    {
        var known = SharedModel.Knowledge.Find("register_sole_proprietor")!.Questions[Core.Messages.Language.Ru][0];

        var view = InboxView.Of([Item(known.ToUpperInvariant() + "?"), Item("как получить субсидию на кролиководство")], SharedModel.Knowledge, new InboxQuery());

        Assert.Equal(["как получить субсидию на кролиководство"], view.Groups.Select(g => g.Text));
        Assert.Equal(1, view.Hidden);
    }

    [Fact]
    public void TheCountsPerSignalIgnoreTheSignalAndLanguageFilters()
    {
        var items = new[] { Item("субсидия на кроликов"), Item("кролик субсидиясы", "kk", InboxSignal.NearTie), Item("", signal: InboxSignal.ThumbsDown, topic: "vat") };

        var view = InboxView.Of(items, SharedModel.Knowledge, new InboxQuery(Signal: InboxSignal.NearTie, Language: "kk"));

        Assert.Equal("кролик субсидиясы", Assert.Single(view.Groups).Text);
        Assert.Equal(1, view.Counts[InboxSignal.NotUnderstood]);
        Assert.Equal(1, view.Counts[InboxSignal.NearTie]);
        Assert.Equal(1, view.Counts[InboxSignal.ThumbsDown]);
        Assert.Equal(0, view.Counts[InboxSignal.Handoff]);
    }

    [Fact]
    public void TheTopicSearchFindsATopicByItsKazakhTitleAndByAPhrasing()
    {
        var topic = SharedModel.Knowledge.Find("register_sole_proprietor")!;

        Assert.Contains(TopicSearch.Find(SharedModel.Knowledge, topic.Title.Kk), m => m.Topic.Id == topic.Id && m.Phrasing is null);
        Assert.Contains(TopicSearch.Find(SharedModel.Knowledge, topic.Questions[Core.Messages.Language.Ru][0]), m => m.Topic.Id == topic.Id);
        Assert.DoesNotContain(TopicSearch.Find(SharedModel.Knowledge, ""), m => m.Topic.IsSystem);
    }
}
