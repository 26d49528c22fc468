using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb;
using static ChatBot.Tests.Contracts.Samples;
using TrainingSamples = ChatBot.Tests.Trainings.Trainings;

namespace ChatBot.Tests.Contracts;

/// <summary>
/// What <see cref="IRetentionStore"/> promises: the records older than their kind's cut-off are deleted or lose their
/// text, the younger ones and the aggregates stay, a kind the retention does not name is not touched, and the counts
/// say what went. The cut-off is <see cref="Samples.At"/>; "old" is a day before it, "recent" a day after.
/// </summary>
public abstract class RetentionStoreContract : StoreContract
{
    private static readonly DateTimeOffset Old = At.AddDays(-1);
    private static readonly DateTimeOffset Recent = At.AddDays(1);

    private static Retention Everything { get; } = new(Enum.GetValues<PersonalRecord>().ToDictionary(kind => kind, _ => At), At);

    [StoreFact]
    public void AClosedApplicationPastTheCutOffLosesItsTextsAndKeepsItsFiguresWhileAnOpenOneKeepsEverything()
    {
        var closed = Stores.Applications.Submit(Application("telegram:1", ApplicationStatus.Closed), 2026);
        var open = Stores.Applications.Submit(Application("telegram:2", ApplicationStatus.WaitingForEntrepreneur), 2026);

        var counts = Stores.Retention.Apply(Everything);

        var erased = Stores.Applications.Find(closed.Id)!;
        Assert.All([erased.Description, erased.Name, erased.Phone], text => Assert.True(string.IsNullOrEmpty(text)));
        Assert.Equal((ApplicationKind.Legal, ApplicationStatus.Closed, Old), (erased.Kind, erased.Status, erased.CreatedAt));
        Assert.Equal("Договор аренды расторгают досрочно", Stores.Applications.Find(open.Id)!.Description);
        Assert.Equal(1, counts.Records[PersonalRecord.Applications]);
    }

    private static Application Application(string conversationId, ApplicationStatus status) => new()
    {
        ConversationId = conversationId,
        Channel = "telegram",
        ChatId = conversationId.Split(':')[1],
        Language = Language.Ru,
        Kind = ApplicationKind.Legal,
        Description = "Договор аренды расторгают досрочно",
        Name = "Айгерим Серикова",
        Phone = "+77011234567",
        ConsentAt = Old,
        Status = status,
        CreatedAt = Old,
        UpdatedAt = Old,
    };

    [StoreFact]
    public void OldTranscriptLinesUnansweredQuestionsAndNotesAreDeletedAndRecentOnesStay()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with
        {
            Transcript = [Line(conversation, "старая", Old), Line(conversation, "новая", Recent)],
            Unanswered = [Question(conversation, "старый вопрос", Old), Question(conversation, "новый вопрос", Recent)],
            Note = new OperatorNote { ConversationId = conversation.Id, Operator = "anna", Text = "старая заметка", At = Old },
        });
        Stores.Conversations.Commit(Turn(conversation) with
        {
            Note = new OperatorNote { ConversationId = conversation.Id, Operator = "anna", Text = "новая заметка", At = Recent },
        });

        var counts = Stores.Retention.Apply(Everything);

        Assert.Equal(["новая"], Stores.Conversations.Transcript(conversation.Id).Select(t => t.Text));
        Assert.Equal(["новый вопрос"], Stores.Unanswered.Recent(10).Select(q => q.Text));
        Assert.Equal(["новая заметка"], Stores.Notes.Of(conversation.Id).Select(n => n.Text));
        Assert.Equal((1, 1, 1), (counts.Records[PersonalRecord.Transcript], counts.Records[PersonalRecord.UnansweredQuestions], counts.Records[PersonalRecord.OperatorNotes]));
    }

    [StoreFact]
    public void AnOldOutboxItemGoesOnceDeliveredOrDroppedAndAWaitingOneStays()
    {
        var conversation = Conversation("1");
        OutboxItem delivered = Reply(conversation, "доставлен", Old), dropped = Reply(conversation, "брошен", Old);
        OutboxItem waiting = Reply(conversation, "ждёт", Old), recent = Reply(conversation, "новый", Recent);
        Stores.Conversations.Commit(Turn(conversation) with { Outbox = [delivered, dropped, waiting, recent] });
        Stores.Outbox.MarkDelivered(delivered.Id, Old);
        Stores.Outbox.MarkDropped(dropped.Id, Old, "blocked");
        Stores.Outbox.MarkDelivered(recent.Id, Recent);

        var counts = Stores.Retention.Apply(Everything);

        Assert.Equal(2, counts.Records[PersonalRecord.Outbox]);
        Assert.Equal(["ждёт"], Stores.Outbox.Pending("telegram", 10).Select(o => o.Message.Text));
        Assert.Equal(recent.Id, Stores.ConversationOutbox.LastId(conversation.Id));
        Assert.Equal(1, Stores.Retention.Apply(Everything with { Before = new Dictionary<PersonalRecord, DateTimeOffset> { [PersonalRecord.Outbox] = Recent.AddDays(1) } }).Records[PersonalRecord.Outbox]);
        Assert.Equal(waiting.Id, Stores.ConversationOutbox.LastId(conversation.Id));
    }

    [StoreFact]
    public void AHandoffEndedBeforeTheCutOffLosesItsQuestionAndKeepsItsFiguresWhileAnOpenOneKeepsIt()
    {
        var conversation = Conversation("1");
        var ended = Handoff("h1", conversation, "старый вопрос", endedAt: Old);
        Stores.Conversations.Commit(Turn(conversation) with { Handoff = ended });
        Stores.Conversations.Commit(Turn(conversation) with { Handoff = Handoff("h2", conversation, "ждёт с прошлого года", endedAt: null) });
        Stores.Conversations.Commit(Turn(conversation) with { Handoff = Handoff("h3", conversation, "недавний вопрос", endedAt: Recent) });

        var counts = Stores.Retention.Apply(Everything);

        ended.Question = null;
        Assert.Equivalent(ended, Stores.Handoffs.Find("h1"), strict: true);
        Assert.Equal("ждёт с прошлого года", Stores.Handoffs.Find("h2")!.Question);
        Assert.Equal("недавний вопрос", Stores.Handoffs.Find("h3")!.Question);
        Assert.Equal(1, counts.Records[PersonalRecord.HandoffQuestions]);
    }

    [StoreFact]
    public void AnOldAuditEntryLosesItsDetailAndKeepsWhoDidWhatWhen()
    {
        var conversation = Conversation("1");
        Stores.Conversations.Commit(Turn(conversation) with { Audit = Entry(conversation, "старый ответ", Old) });
        Stores.Conversations.Commit(Turn(conversation) with { Audit = Entry(conversation, "новый ответ", Recent) });
        Stores.Audit.Write(new AuditEntry { Operator = "anna", Action = AuditActions.Login, At = Old });

        var counts = Stores.Retention.Apply(Everything);

        Assert.Equal(
            [("anna", AuditActions.Login, null, Old, null), ("anna", AuditActions.Reply, conversation.Id, Recent, "новый ответ"), ("anna", AuditActions.Reply, conversation.Id, Old, null)],
            Stores.Audit.Recent(10).Select(e => (e.Operator, e.Action, e.ConversationId, e.At, e.Detail)));
        Assert.Equal(1, counts.Records[PersonalRecord.AuditDetails]);
    }

    [StoreFact]
    public void ATraineeGoesOnlyWhenEveryTrainingItEnrolledInEndedBeforeTheCutOffAndTheEnrollmentsStay()
    {
        Stores.Trainings.Change(ledger =>
        {
            ledger.Save(TrainingSamples.Sample("last-year", 10, Old.AddDays(-30)));
            ledger.Save(TrainingSamples.Sample("next-week", 10, Recent.AddDays(5)));
            ledger.Save(Enrollment("e1", "last-year", "1", 1));
            ledger.Save(Enrollment("e2", "last-year", "2", 2));
            ledger.Save(Enrollment("e3", "next-week", "2", 3));
            return 0;
        });
        Stores.Trainees.Save(Trainee("1", Old.AddDays(-40)));
        Stores.Trainees.Save(Trainee("2", Old.AddDays(-40)));
        Stores.Trainees.Save(Trainee("3", Recent));

        var counts = Stores.Retention.Apply(Everything);

        Assert.Null(Stores.Trainees.Find("telegram:1"));
        Assert.NotNull(Stores.Trainees.Find("telegram:2"));
        Assert.NotNull(Stores.Trainees.Find("telegram:3"));
        Assert.Equal(3, Stores.Trainings.AllEnrollments().Count);
        Assert.Equal(1, counts.Records[PersonalRecord.Trainee]);
    }

    [StoreFact]
    public void AnOldSurveyContactGoesAndTheAnonymousResponseAndParticipationStay()
    {
        var conversation = Conversation("1");
        var flows = new FlowWrites();
        flows.Responses.Add(new FlowResponse { Id = "r1", FlowId = "survey", Period = "2025", Status = FlowResponseStatus.Completed, StartedAt = Old });
        flows.Participations.Add(new FlowParticipation { Id = FlowParticipation.Key("survey", "2025", conversation.Id), CompletedAt = Old });
        flows.Contacts.Add(new FlowContact { Id = "c1", ResponseId = "r1", FlowId = "survey", ConversationId = conversation.Id, Values = { ["phone"] = "+77011234567" }, At = Old });
        flows.Contacts.Add(new FlowContact { Id = "c2", ResponseId = "r2", FlowId = "survey", ConversationId = conversation.Id, Values = { ["phone"] = "+77017654321" }, At = Recent });
        Stores.Conversations.Commit(Turn(conversation) with { Flows = flows });

        var counts = Stores.Retention.Apply(Everything);

        Assert.Equal(["c2"], Stores.Contacts("survey").Select(c => c.Id));
        Assert.Single(Stores.FlowResponses.InPeriod("survey", "2025"));
        Assert.True(Stores.FlowResponses.HasCompleted("survey", "2025", conversation.Id));
        Assert.Equal(1, counts.Records[PersonalRecord.FlowContacts]);
    }

    [StoreFact]
    public void AnIdleConversationLosesItsFreeTextAndKeepsWhatItIsWhileAnActiveOneKeepsEverything()
    {
        var idle = WithFreeText(Conversation("1"), Old);
        var active = WithFreeText(Conversation("2"), Recent);
        Stores.Conversations.Commit(Turn(idle));
        Stores.Conversations.Commit(Turn(active));
        Stores.Conversations.Commit(Turn(WithUpdate(Conversation("3"), Old)));

        var counts = Stores.Retention.Apply(Everything);

        var kept = Stores.Conversations.Find(idle.Id)!;
        Assert.Equal((null, null, null), (kept.ClarifiedQuestion, kept.LastAnswer, kept.Flow));
        Assert.Equal((Language.Kk, ConversationMode.Bot, Old), (kept.Language, kept.Mode, kept.UpdatedAt));
        Assert.NotNull(kept.News);
        Assert.Equivalent(active, Stores.Conversations.Find(active.Id), strict: true);
        Assert.Equal(1, counts.IdleConversations);
    }

    [StoreFact]
    public void AKindTheRetentionDoesNotNameIsKeptAndTheCountsNameEveryKindItDoes()
    {
        var conversation = WithFreeText(Conversation("1"), Old);
        Stores.Conversations.Commit(Turn(conversation) with { Transcript = [Line(conversation, "старая", Old)] });
        Stores.Trainees.Save(Trainee("1", Old));

        var counts = Stores.Retention.Apply(new Retention(new Dictionary<PersonalRecord, DateTimeOffset> { [PersonalRecord.FlowContacts] = At }, null));

        Assert.Equal(["старая"], Stores.Conversations.Transcript(conversation.Id).Select(t => t.Text));
        Assert.NotNull(Stores.Trainees.Find(conversation.Id));
        Assert.Equal("ип или тоо", Stores.Conversations.Find(conversation.Id)!.ClarifiedQuestion);
        Assert.Equal([(PersonalRecord.FlowContacts, 0)], counts.Records.Select(r => (r.Key, r.Value)));
        Assert.Equal(0, counts.Total);
    }

    [StoreFact]
    public void ARunWithNothingOldChangesNothingAndCountsZero()
    {
        var conversation = WithFreeText(Conversation("1"), Recent);
        Stores.Conversations.Commit(Turn(conversation) with { Transcript = [Line(conversation, "новая", Recent)] });

        var counts = Stores.Retention.Apply(Everything);

        Assert.Equal(0, counts.Total);
        Assert.Equal(Enum.GetValues<PersonalRecord>().Order(), counts.Records.Keys.Order());
        Assert.Equivalent(conversation, Stores.Conversations.Find(conversation.Id), strict: true);
    }

    // LiteDB's store works in batches of a bounded size: a run goes on until nothing old is left, deleting and redacting.
    [StoreFact]
    public void MoreOldRecordsThanOneBatchHoldsAreAllAnonymisedInOneRun()
    {
        var conversation = Conversation("1");
        var lines = 2 * LiteRetentionStore.BatchSize + 1;
        Stores.Conversations.Commit(Turn(conversation) with { Transcript = [.. Enumerable.Range(0, lines).Select(i => Line(conversation, $"строка {i}", Old))] });
        for (var i = 0; i <= LiteRetentionStore.BatchSize; i++)
        {
            Stores.Audit.Write(new AuditEntry { Operator = "anna", Action = AuditActions.ViewWithReason, ConversationId = conversation.Id, Detail = "жалоба", At = Old });
        }

        var counts = Stores.Retention.Apply(Everything);

        Assert.Equal((lines, LiteRetentionStore.BatchSize + 1), (counts.Records[PersonalRecord.Transcript], counts.Records[PersonalRecord.AuditDetails]));
        Assert.Empty(Stores.Conversations.Transcript(conversation.Id));
        Assert.All(Stores.Audit.Recent(2000), e => Assert.Null(e.Detail));
    }

    private static TranscriptEntry Line(Conversation conversation, string text, DateTimeOffset at) =>
        TranscriptEntry.Outbound(conversation.Id, OutgoingMessage.Plain(text), at);

    private static UnansweredQuestion Question(Conversation conversation, string text, DateTimeOffset at)
    {
        var question = Samples.Question(conversation, text);
        question.At = at;
        return question;
    }

    private static OutboxItem Reply(Conversation conversation, string text, DateTimeOffset at) => OutboxItem.For(conversation, OutgoingMessage.Plain(text), at);

    private static HandoffRecord Handoff(string id, Conversation conversation, string question, DateTimeOffset? endedAt) => new()
    {
        Id = id,
        ConversationId = conversation.Id,
        Channel = "telegram",
        Language = "ru",
        Reason = HandoffReason.UserAsked,
        Question = question,
        RequestedAt = Old.AddDays(-1),
        ClaimedAt = endedAt?.AddMinutes(-10),
        EndedAt = endedAt,
        Operator = endedAt is null ? null : "anna",
        Outcome = endedAt is null ? HandoffOutcome.Waiting : HandoffOutcome.Closed,
    };

    private static AuditEntry Entry(Conversation conversation, string detail, DateTimeOffset at) =>
        new() { Operator = "anna", Action = AuditActions.Reply, ConversationId = conversation.Id, Detail = detail, At = at };

    private static Enrollment Enrollment(string id, string trainingId, string chatId, long number) => new()
    {
        Id = id,
        Number = number,
        TrainingId = trainingId,
        ConversationId = ConversationIds.Of("telegram", chatId),
        Channel = "telegram",
        ChatId = chatId,
        Status = EnrollmentStatus.Attended,
        CreatedAt = Old.AddDays(-40),
    };

    private static Trainee Trainee(string chatId, DateTimeOffset at) => new()
    {
        ConversationId = ConversationIds.Of("telegram", chatId),
        Name = "Айгуль Сериковна",
        Phone = "+77011234567",
        Iin = "900101300123",
        Sector = "retail",
        ConsentAt = at,
        UpdatedAt = at,
    };

    private static Conversation WithUpdate(Conversation conversation, DateTimeOffset at)
    {
        conversation.CreatedAt = at;
        conversation.UpdatedAt = at;
        return conversation;
    }

    private static Conversation WithFreeText(Conversation conversation, DateTimeOffset at)
    {
        conversation.Language = Language.Kk;
        conversation.ClarifiedQuestion = "ип или тоо";
        conversation.LastAnswer = new LastAnswer { MessageId = "m1", Replies = [OutgoingMessage.Plain("Ответ")], At = at };
        conversation.Flow = new FlowState { FlowId = "survey", Version = "v1", StepId = "phone", ResponseId = "r1", Answers = { ["sector"] = "торговля" }, StartedAt = at };
        conversation.News = new Core.Campaigns.NewsConsent { GivenAt = at };
        return WithUpdate(conversation, at);
    }
}

public sealed class RetentionStoreContractOnLiteDb : RetentionStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class RetentionStoreContractInMemory : RetentionStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class RetentionStoreContractOnPostgreSql : RetentionStoreContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
