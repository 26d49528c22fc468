using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Testing;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Inbox;

/// <summary>The one-click actions, one row or many, over the in-memory store and a recording stand-in for editing.</summary>
public sealed class InboxDeskTests
{
    private readonly InMemoryStores _stores = new();
    private readonly RecordingKnowledgeEdits _edits = new();
    private readonly FakeTimeProvider _time = new(InboxItems.At.AddHours(1));

    private static KnowledgeBase Knowledge => SharedModel.Knowledge;

    private InboxDesk Desk => new(_stores.Unanswered, _edits, _time);

    private IReadOnlyList<long> Asked(params (string Text, string Language)[] questions)
    {
        var conversation = new Conversation { Id = "test:1", Channel = "test", ChatId = "1" };
        var items = questions.Select(q => new UnansweredQuestion { ConversationId = conversation.Id, Text = q.Text, Language = q.Language, At = InboxItems.At }).ToList();
        _stores.Conversations.Commit(new TurnRecord(conversation, null, [], [], [], items));
        return _stores.Unanswered.Items().Select(i => i.Id).ToList();
    }

    [Fact]
    public void BulkIgnoreMovesEveryChosenRowAndKeepsWhoDidItAndWhen()
    {
        var ids = Asked(("как открыть ИП", "ru"), ("как открыть ип?", "ru"), ("погода в алматы", "ru"), ("субсидия алу", "kk"));

        var outcome = Desk.Act(new InboxCommand(InboxActions.Ignore, [ids[0], ids[1], ids[3]]), Knowledge, "editor1");

        Assert.Equal(new InboxOutcome(InboxResult.Done, 3), outcome);
        Assert.Equal(["погода в алматы"], _stores.Unanswered.Items(InboxStatus.Pending).Select(i => i.Text));
        Assert.All(_stores.Unanswered.Items(InboxStatus.Ignored), i =>
        {
            var step = Assert.Single(i.Trace);
            Assert.Equal((InboxActions.Ignore, "editor1", _time.GetUtcNow()), (step.Action, step.By, step.At));
        });
        Assert.Empty(_edits.Changes);
    }

    [Fact]
    public void AddingAsPhrasingsAddsOnePhrasingPerRowInItsLanguage()
    {
        var ids = Asked(("как оформить ИП онлайн", "ru"), ("как оформить ип онлайн?", "ru"), ("ЖК қалай ашамын онлайн", "kk"));

        var outcome = Desk.Act(new InboxCommand(InboxActions.Phrasing, ids, Topic: "register_sole_proprietor"), Knowledge, "editor1");

        Assert.Equal(InboxResult.Done, outcome.Result);
        Assert.Equal(3, outcome.Changed);
        Assert.Equal(
            ["phrasing register_sole_proprietor kk: ЖК қалай ашамын онлайн by editor1", "phrasing register_sole_proprietor ru: как оформить ИП онлайн by editor1"],
            _edits.Changes.Order(StringComparer.Ordinal));
        Assert.All(_stores.Unanswered.Items(), i => Assert.Equal(InboxStatus.Done, i.Status));
        Assert.Equal("register_sole_proprietor (kk)", _stores.Unanswered.Items().Last().Trace.Single().Detail);
    }

    [Fact]
    public void ARefusedRowStopsTheBulkActionWithTheReasonAndStaysPending()
    {
        var ids = Asked(("вопрос про аренду у акимата", "ru"), ("совсем другой вопрос о лицензии", "ru"));
        _edits.Refuse = "совсем другой вопрос о лицензии";

        var outcome = Desk.Act(new InboxCommand(InboxActions.OutOfScope, ids), Knowledge, "editor1");

        Assert.Equal(InboxResult.Refused, outcome.Result);
        Assert.Contains("refused by the test", outcome.Reason);
        Assert.Equal(["совсем другой вопрос о лицензии"], _stores.Unanswered.Items(InboxStatus.Pending).Select(i => i.Text));
    }

    [Fact]
    public void ANewTopicIsSavedWithTheRowsQuestionsAmongItsPhrasings()
    {
        var ids = Asked(("как получить субсидию на кроликов", "ru"));
        var topic = new IntentDefinition(
            "rabbit_subsidy", "state-support", new LocalizedText("Субсидии на кроликов", "Үй қояндарына субсидия"),
            new Dictionary<Language, IReadOnlyList<string>> { [Language.Ru] = ["субсидия кролики"] },
            new LocalizedText("Ответ", "Жауап"), [], [], new DateOnly(2026, 3, 1));

        var outcome = Desk.Act(new InboxCommand(InboxActions.NewTopic, ids, NewTopic: topic), Knowledge, "editor1");

        Assert.Equal(new InboxOutcome(InboxResult.Done, 1), outcome);
        var saved = Assert.Single(_edits.SavedTopics);
        Assert.Equal(["субсидия кролики", "как получить субсидию на кроликов"], saved.Questions[Language.Ru]);
        Assert.Equal("rabbit_subsidy", _stores.Unanswered.Items(InboxStatus.Done).Single().Trace.Single().Detail);
    }

    [Theory]
    [InlineData("delete", "action must be one of")]
    [InlineData(InboxActions.Phrasing, "there is no topic 'no_such_topic'")]
    public void AWrongCommandIsInvalidWithItsReason(string action, string reason)
    {
        var ids = Asked(("как открыть ИП", "ru"));

        var outcome = Desk.Act(new InboxCommand(action, ids, "no_such_topic"), Knowledge, "e");

        Assert.Equal(InboxResult.Invalid, outcome.Result);
        Assert.Contains(reason, outcome.Reason);
    }

    [Fact]
    public void ReopeningAnIgnoredRowKeepsBothSteps()
    {
        var ids = Asked(("как открыть ИП", "ru"));
        Desk.Act(new InboxCommand(InboxActions.Ignore, ids), Knowledge, "editor1");
        _time.Advance(TimeSpan.FromMinutes(5));

        Desk.Act(new InboxCommand(InboxActions.Reopen, ids), Knowledge, "editor2");

        var item = Assert.Single(_stores.Unanswered.Items(InboxStatus.Pending));
        Assert.Equal([(InboxActions.Ignore, "editor1"), (InboxActions.Reopen, "editor2")], item.Trace.Select(s => (s.Action, s.By)));
    }
}
