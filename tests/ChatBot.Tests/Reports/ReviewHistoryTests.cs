using ChatBot.Core.Editing;
using ChatBot.Knowledge.Writing;
using ChatBot.Testing;
using ChatBot.Testing.InMemory;

namespace ChatBot.Tests.Reports;

/// <summary>The review-by dates of the past, read back from the live knowledge's history as the editors left it.</summary>
public sealed class ReviewHistoryTests
{
    [Fact]
    public void BeforeAnEditorsChangeATopicHadTheDateStoredAsItsPreviousVersion()
    {
        var format = new KnowledgeYamlFormat();
        var topic = SharedModel.Knowledge.Intents.First(i => !i.IsSystem && i.AsOf is not null);
        var due = topic.AsOf!.Value.AddDays(30);
        var changedAt = Core.Time.AlmatyTime.ToUtc(due.AddDays(30), new TimeOnly(12, 0));
        var store = new InMemoryLiveKnowledge();
        store.Save(new LiveKnowledgeCopy(), new KnowledgeChange
        {
            At = changedAt, Author = "editor", Kind = KnowledgeChangeKinds.TopicEdited, IntentId = topic.Id,
            Before = format.TopicText(topic with { ReviewBy = due }), After = format.TopicText(topic),
        });

        var history = ReviewHistory.Read(SharedModel.Knowledge, store, format);

        Assert.Equal(due, history.ReviewByAt(topic.Id, changedAt.AddDays(-1)));
        Assert.True(history.WasPast(topic.Id, changedAt.AddDays(-1)));
        Assert.False(history.WasPast(topic.Id, changedAt.AddDays(-30)));
        Assert.Equal(topic.ReviewBy, history.ReviewByAt(topic.Id, changedAt.AddDays(1)));
    }

    [Fact]
    public void ATopicAddedByAnEditorHadNoDateBeforeItExisted()
    {
        var format = new KnowledgeYamlFormat();
        var topic = SharedModel.Knowledge.Intents.First(i => !i.IsSystem);
        var added = new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
        var store = new InMemoryLiveKnowledge();
        store.Save(new LiveKnowledgeCopy(), new KnowledgeChange { At = added, Author = "editor", Kind = KnowledgeChangeKinds.TopicAdded, IntentId = "new.topic", After = format.TopicText(topic) });

        var history = ReviewHistory.Read(SharedModel.Knowledge, store, format);

        Assert.Null(history.ReviewByAt("new.topic", added.AddDays(-1)));
        Assert.False(history.WasPast("new.topic", added.AddDays(-1)));
    }
}
