using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IConversationStore"/> promises: a turn is written whole or not at all, read back as written.</summary>
public abstract class ConversationStoreContract : StoreContract
{
    private IConversationStore Store => Stores.Conversations;

    [StoreFact]
    public void ACommittedConversationIsFoundWithEverythingItHolds()
    {
        var conversation = Conversation("1");
        conversation.Language = Language.Kk;
        conversation.Mode = ConversationMode.Operator;
        conversation.OperatorId = "anna";
        conversation.HandoffId = "h1";
        conversation.Flow = new FlowState
        {
            FlowId = "survey",
            Version = "v2",
            StepId = "phone",
            Answers = { ["sector"] = "торговля", ["contact.phone"] = "+77011234567" },
            Attempts = 2,
            ResponseId = "r1",
            History = ["sector", "size"],
            Selection = ["a", "b"],
            StartedAt = At,
            Period = "2026",
            Context = "tax-webinar",
            Known = { ["name"] = "Айгуль" },
            Reviewing = true,
            Files = [new FlowFile { FileName = "договор.pdf", MediaType = "application/pdf", Size = 3, Content = [37, 80, 68] }],
        };
        conversation.Pending = PendingQuestion.ConfirmForget;
        conversation.ClarifiedQuestion = "налоги?";
        conversation.MisunderstoodInARow = 1;
        conversation.News = new NewsConsent { GivenAt = At };
        var reply = new OutgoingMessage(
            "Ответ", [new Button("Да", "yes")], [new Link("Сайт", "https://example.org")], MessageAuthor.Operator, new Attachment("a.ics", "text/calendar", [1, 2, 3]));
        conversation.LastAnswer = new LastAnswer { MessageId = "m1", Replies = [reply], At = At };

        Store.Commit(Turn(conversation));

        Assert.Equivalent(conversation, Store.Find(conversation.Id), strict: true);
    }

    [StoreFact]
    public void AConversationNeverCommittedIsNotFound()
    {
        Store.Commit(Turn(Conversation("1")));

        Assert.Null(Store.Find("telegram:2"));
    }

    [StoreFact]
    public void AProcessedMessageIsRememberedForItsConversationOnly()
    {
        Store.Commit(Turn(Conversation("1"), "m1"));

        Assert.True(Store.HasProcessed("telegram:1", "m1"));
        Assert.False(Store.HasProcessed("telegram:1", "m2"));
        Assert.False(Store.HasProcessed("telegram:2", "m1"));
    }

    [StoreFact]
    public void ATranscriptComesBackInTheOrderItWasWrittenAcrossTurns()
    {
        var mine = Conversation("1");
        var other = Conversation("2");

        Store.Commit(Turn(mine) with { Transcript = [Line(mine, "первый"), Line(mine, "второй")] });
        Store.Commit(Turn(other) with { Transcript = [Line(other, "чужой")] });
        Store.Commit(Turn(mine) with { Transcript = [Line(mine, "третий")] });

        Assert.Equal(["первый", "второй", "третий"], Store.Transcript(mine.Id).Select(t => t.Text));
    }

    [StoreFact]
    public void ACommitGivesTheTurnsOwnOutboxItemsAndTranscriptLinesIncreasingIds()
    {
        var conversation = Conversation("1");
        var first = Turn(conversation) with { Outbox = [Reply(conversation, "a"), Reply(conversation, "b")], Transcript = [Line(conversation, "a")] };
        var second = Turn(conversation) with { Outbox = [Reply(conversation, "c")], Transcript = [Line(conversation, "c")] };

        Store.Commit(first);
        Store.Commit(second);

        var ids = first.Outbox.Concat(second.Outbox).Select(o => o.Id).ToList();
        Assert.True(ids[0] > 0);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids, Stores.Outbox.Pending("telegram", 10).Select(o => o.Id));
        Assert.True(second.Transcript[0].Id > first.Transcript[0].Id);
    }

    [StoreFact]
    public void ACommitThatFailsAtItsLastWriteLeavesNothingOfTheTurn()
    {
        var conversation = Conversation("1");
        var firstNote = new OperatorNote { ConversationId = conversation.Id, Operator = "anna", Text = "первая", At = At };
        Store.Commit(Turn(conversation) with { Note = firstNote });
        var changed = Conversation("1");
        changed.Language = Language.Kk;
        var response = new FlowResponse { Id = "r1", FlowId = "survey", Period = "2026", StartedAt = At };
        var flows = new FlowWrites();
        flows.Responses.Add(response);
        var failing = Turn(changed, "m1") with
        {
            Transcript = [Line(changed, "строка")],
            Outbox = [Reply(changed, "ответ")],
            Events = [new AnalyticsEvent { Type = AnalyticsEventTypes.Answered, ConversationId = changed.Id, At = At }],
            Unanswered = [Question(changed, "вопрос")],
            Flows = flows,
            Handoff = new HandoffRecord { Id = "h1", ConversationId = changed.Id, RequestedAt = At },
            Audit = new AuditEntry { Operator = "anna", Action = AuditActions.Note, ConversationId = changed.Id, At = At },

            // The id of the note already stored: the last write of the turn is refused.
            Note = new OperatorNote { Id = firstNote.Id, ConversationId = changed.Id, Operator = "anna", Text = "вторая", At = At },
        };

        Assert.ThrowsAny<Exception>(() => Store.Commit(failing));

        Assert.Equal(Language.Ru, Store.Find(conversation.Id)!.Language);
        Assert.False(Store.HasProcessed(conversation.Id, "m1"));
        Assert.Empty(Store.Transcript(conversation.Id));
        Assert.Empty(Stores.Outbox.Pending("telegram", 10));
        Assert.Empty(Stores.Unanswered.Recent(10));
        Assert.Empty(Stores.FlowResponses.InPeriod("survey", "2026"));
        Assert.Null(Stores.Handoffs.Find("h1"));
        Assert.Empty(Stores.Audit.Recent(10));
        Assert.Equal(["первая"], Stores.Notes.Of(conversation.Id).Select(n => n.Text));
    }

    [StoreFact]
    public void AMessageCommittedTwiceIsRefusedTheSecondTimeAndLeavesNothingOfThatTurn()
    {
        var conversation = Conversation("1");
        Store.Commit(Turn(conversation, "m1") with { Transcript = [Line(conversation, "первый")] });

        var again = Turn(conversation, "m1") with { Transcript = [Line(conversation, "повтор")], Outbox = [Reply(conversation, "повтор")] };

        Assert.ThrowsAny<Exception>(() => Store.Commit(again));
        Assert.Equal(["первый"], Store.Transcript(conversation.Id).Select(t => t.Text));
        Assert.Empty(Stores.Outbox.Pending("telegram", 10));
    }

    [StoreFact]
    public async Task SixtyFourTurnsCommittedAtOnceWithoutHoldingTheirThreadsAreEachWrittenWhole()
    {
        var conversations = Enumerable.Range(0, 64).Select(i => Conversation($"{i}")).ToList();

        var turns = Threads.RunAtOnce(64, i =>
        {
            var c = conversations[i];
            return Store.CommitAsync(Turn(c, "m1") with { Transcript = [Line(c, c.ChatId)], Outbox = [Reply(c, c.ChatId)] });
        });

        await Task.WhenAll(turns);
        Assert.All(conversations, c => Assert.True(Store.HasProcessed(c.Id, "m1")));
        Assert.All(conversations, c => Assert.Equal([c.ChatId], Store.Transcript(c.Id).Select(t => t.Text)));
        Assert.Equal(64, Stores.Outbox.Pending("telegram", 100).Select(item => item.Id).Distinct().Count());
    }

    [StoreFact]
    public async Task ATurnThatFailsAmongTurnsCommittedAtOnceFailsAloneAndLeavesNothingOfItself()
    {
        var answered = Conversation("answered");
        Store.Commit(Turn(answered, "m1"));
        var others = Enumerable.Range(0, 16).Select(i => Conversation($"{i}")).ToList();
        var records = others.Select(c => Turn(c) with { Transcript = [Line(c, "ответ")] }).ToList();
        records.Insert(8, Turn(answered, "m1") with { Transcript = [Line(answered, "повтор")], Outbox = [Reply(answered, "повтор")] });

        var turns = Threads.RunAtOnce(records.Count, i => Store.CommitAsync(records[i]));

        var failed = await Task.WhenAll(turns.Select(async t => (await Record.ExceptionAsync(() => t)) is not null));
        Assert.Equal(1, failed.Count(f => f));
        Assert.All(others, c => Assert.Equal(["ответ"], Store.Transcript(c.Id).Select(t => t.Text)));
        Assert.Empty(Store.Transcript(answered.Id));
        Assert.Empty(Stores.Outbox.Pending("telegram", 10));
    }

    [StoreFact]
    public void AConversationChangedAfterItsCommitIsNotChangedInTheStore()
    {
        var conversation = Conversation("1");
        conversation.Flow = new FlowState { FlowId = "survey", Answers = { ["sector"] = "торговля" } };
        Store.Commit(Turn(conversation));

        conversation.Language = Language.Kk;
        conversation.Flow.Answers["sector"] = "услуги";

        var stored = Store.Find(conversation.Id)!;
        Assert.Equal(Language.Ru, stored.Language);
        Assert.Equal("торговля", stored.Flow!.Answers["sector"]);
    }

    [StoreFact]
    public void AConversationFoundAndChangedIsNotChangedInTheStore()
    {
        Store.Commit(Turn(Conversation("1")));

        var found = Store.Find("telegram:1")!;
        found.Language = Language.Kk;

        Assert.NotSame(found, Store.Find("telegram:1"));
        Assert.Equal(Language.Ru, Store.Find("telegram:1")!.Language);
    }

    [StoreFact]
    public void AForgettingTurnDeletesTheTranscriptQuestionsEveryReplyContactsTraineeAndNotesOfTheConversation()
    {
        var conversation = Conversation("1");
        var flows = new FlowWrites();
        flows.Contacts.Add(new FlowContact { Id = "c1", ResponseId = "r1", FlowId = "survey", ConversationId = conversation.Id, Values = { ["phone"] = "+77011234567" }, At = At });
        var waiting = Reply(conversation, "ждёт");
        var delivered = Reply(conversation, "доставлен");
        var dropped = Reply(conversation, "брошен");
        Store.Commit(Turn(conversation) with
        {
            Transcript = [Line(conversation, "строка")],
            Unanswered = [Question(conversation, "вопрос")],
            Outbox = [waiting, delivered, dropped],
            Flows = flows,
            Note = new OperatorNote { ConversationId = conversation.Id, Operator = "anna", Text = "перезвонить вечером", At = At },
        });
        Stores.Outbox.MarkDelivered(delivered.Id, At);
        Stores.Outbox.MarkDropped(dropped.Id, At, "the user blocked the bot");
        Stores.Trainees.Save(new Trainee { ConversationId = conversation.Id, Name = "Айгуль", ConsentAt = At });

        Store.Commit(Forgetting(conversation));

        Assert.Empty(Store.Transcript(conversation.Id));
        Assert.Empty(Stores.Unanswered.Recent(10));
        Assert.Empty(Stores.Contacts("survey"));
        Assert.Null(Stores.Trainees.Find(conversation.Id));
        Assert.Empty(Stores.Notes.Of(conversation.Id));

        // The waiting reply too: neither the Telegram sender nor the web event stream ever shows it.
        Assert.False(Stores.Outbox.IsPending(waiting.Id));
        Assert.Equal(0, Stores.ConversationOutbox.LastId(conversation.Id));
    }

    [StoreFact]
    public void AForgettingTurnKeepsTheFiguresOfTheHandoffsAndTheAuditButNotTheirText()
    {
        var conversation = Conversation("1");
        var handoff = new HandoffRecord
        {
            Id = "h1",
            ConversationId = conversation.Id,
            Channel = "telegram",
            Language = "ru",
            Reason = HandoffReason.Misunderstood,
            Question = "мой ИИН 900101300017, что с налогом?",
            RequestedAt = At,
            ClaimedAt = At.AddMinutes(2),
            EndedAt = At.AddMinutes(9),
            Operator = "anna",
            Outcome = HandoffOutcome.Closed,
        };
        Store.Commit(Turn(conversation) with
        {
            Handoff = handoff,
            Audit = new AuditEntry { Operator = "anna", Action = AuditActions.Reply, ConversationId = conversation.Id, Detail = "Айгуль, перезвоню", At = At },
        });

        Store.Commit(Forgetting(conversation));

        handoff.Question = null;
        Assert.Equivalent(handoff, Stores.Handoffs.Find("h1"), strict: true);
        var reply = Assert.Single(Stores.Audit.Recent(10));
        Assert.Equal(("anna", AuditActions.Reply, conversation.Id, At, null), (reply.Operator, reply.Action, reply.ConversationId, reply.At, reply.Detail));
    }

    [StoreFact]
    public void AForgettingTurnKeepsTheConversationTheAnonymousAnswersAndEverythingOfOtherConversations()
    {
        var mine = Conversation("1");
        var other = Conversation("2");
        var flows = new FlowWrites();
        flows.Responses.Add(new FlowResponse { Id = "r1", FlowId = "survey", Period = "2026", Status = FlowResponseStatus.Completed, StartedAt = At });
        flows.Participations.Add(new FlowParticipation { Id = FlowParticipation.Key("survey", "2026", mine.Id), CompletedAt = At });
        Store.Commit(Turn(mine) with { Flows = flows });
        var othersContacts = new FlowWrites();
        othersContacts.Contacts.Add(new FlowContact { Id = "c2", FlowId = "survey", ConversationId = other.Id, At = At });
        Store.Commit(Turn(other) with
        {
            Transcript = [Line(other, "чужая")],
            Unanswered = [Question(other, "чужой")],
            Outbox = [Reply(other, "чужой ответ")],
            Flows = othersContacts,
            Handoff = new HandoffRecord { Id = "h2", ConversationId = other.Id, Question = "чужой вопрос", RequestedAt = At },
            Audit = new AuditEntry { Operator = "anna", Action = AuditActions.Reply, ConversationId = other.Id, Detail = "чужой ответ", At = At },
            Note = new OperatorNote { ConversationId = other.Id, Operator = "anna", Text = "чужая заметка", At = At },
        });
        Stores.Trainees.Save(new Trainee { ConversationId = other.Id, ConsentAt = At });

        Store.Commit(Forgetting(mine));

        Assert.NotNull(Store.Find(mine.Id));
        Assert.Single(Stores.FlowResponses.InPeriod("survey", "2026"));
        Assert.True(Stores.FlowResponses.HasCompleted("survey", "2026", mine.Id));
        Assert.Equal(["чужая"], Store.Transcript(other.Id).Select(t => t.Text));
        Assert.Equal(["чужой"], Stores.Unanswered.Recent(10).Select(q => q.Text));
        Assert.Equal(["чужой ответ"], Stores.Outbox.Pending("telegram", 10).Select(o => o.Message.Text));
        Assert.Single(Stores.Contacts("survey"));
        Assert.NotNull(Stores.Trainees.Find(other.Id));
        Assert.Equal("чужой вопрос", Stores.Handoffs.Find("h2")!.Question);
        Assert.Equal("чужой ответ", Assert.Single(Stores.Audit.Recent(10)).Detail);
        Assert.Equal(["чужая заметка"], Stores.Notes.Of(other.Id).Select(n => n.Text));
    }

    [StoreFact]
    public void AForgettingTurnWritesItsOwnRepliesAfterTheErasure()
    {
        var conversation = Conversation("1");
        Store.Commit(Turn(conversation) with { Transcript = [Line(conversation, "старая")], Outbox = [Reply(conversation, "старый")] });
        var done = Reply(conversation, "Готово");

        Store.Commit(Forgetting(conversation) with { Transcript = [Line(conversation, "Готово")], Outbox = [done] });

        Assert.Equal(["Готово"], Store.Transcript(conversation.Id).Select(t => t.Text));
        Assert.Equal([done.Id], Stores.Outbox.Pending("telegram", 10).Select(o => o.Id));
    }

    [StoreFact]
    public void AForgettingTurnThatFailsErasesNothing()
    {
        var conversation = Conversation("1");
        Store.Commit(Turn(conversation, "m1") with { Transcript = [Line(conversation, "строка")] });

        // Both are refused after the erasure ran: a message committed before, and a kind of record the store cannot erase.
        Assert.ThrowsAny<Exception>(() => Store.Commit(Forgetting(conversation) with { ProcessedMessageId = "m1" }));
        Assert.ThrowsAny<Exception>(() => Store.Commit(Forgetting(conversation) with { Erasure = new([PersonalRecord.Transcript, (PersonalRecord)99]) }));

        Assert.Equal(["строка"], Store.Transcript(conversation.Id).Select(t => t.Text));
    }

    // LiteDB's default collation ignores letter case, in keys and in queries alike; the twin follows it. Were it ever
    // made case-sensitive, this fact fails and the twin must change with it.
    [StoreFact]
    public void IdsThatDifferOnlyInLetterCaseAreTheSameConversationAndMessage()
    {
        var conversation = Conversation("Abc", "web");
        Store.Commit(Turn(conversation, "Msg-1") with { Transcript = [Line(conversation, "строка")] });

        Assert.Equal("web:Abc", Store.Find("web:abc")?.Id);
        Assert.True(Store.HasProcessed("WEB:ABC", "msg-1"));
        Assert.Equal(["строка"], Store.Transcript("web:ABC").Select(t => t.Text));
    }

    // LiteDB keeps a time as UTC milliseconds; the twin keeps it the same way, so a test on it cannot rely on more.
    [StoreFact]
    public void TimesComeBackInUtcWithoutTheTicksBelowAMillisecond()
    {
        var conversation = Conversation("1");
        conversation.CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, 123, TimeSpan.FromHours(5)).AddTicks(9999);
        conversation.UpdatedAt = DateTimeOffset.MaxValue;

        Store.Commit(Turn(conversation));

        var stored = Store.Find(conversation.Id)!;
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 4, 0, 0, 123, TimeSpan.Zero).UtcTicks, stored.CreatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(DateTimeOffset.MaxValue, stored.UpdatedAt);
    }
}

public sealed class ConversationStoreContractOnLiteDb : ConversationStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class ConversationStoreContractInMemory : ConversationStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class ConversationStoreContractOnPostgreSql : ConversationStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
