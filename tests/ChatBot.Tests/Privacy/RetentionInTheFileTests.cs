using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Host.Privacy;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.LiteDb.Trainings;
using ChatBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TrainingSamples = ChatBot.Tests.Trainings.Trainings;

namespace ChatBot.Tests.Privacy;

/// <summary>
/// Retention proven on the file: after one run of the daily job, the decrypted data file and its log hold neither a
/// transcript line older than a year nor the phone of a trainee whose training ended over a year ago, while a recent
/// conversation's text and the figures of the reports stay.
/// </summary>
public sealed class RetentionInTheFileTests : IDisposable
{
    private const string Password = "retention-password";
    private const string OldText = "мой старый номер счёта KZ86125KZT5004100100";
    private const string OldPhone = "+77019876543";
    private const string RecentText = "подскажите про упрощёнку на этой неделе";

    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastYear = Now.AddDays(-400);

    private readonly TemporaryFolder _folder = new();
    private readonly ChatBotDatabase _database;

    public RetentionInTheFileTests() => _database = new ChatBotDatabase(DataFile, Password);

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private string DataFile => _folder.File(ChatBotDatabase.FileName);

    private IReadOnlyList<string> Readable() => DecryptedFile.Containing(DataFile, Password, [OldText, OldPhone, RecentText]);

    [Fact]
    public void AfterARunNoPageOfTheFileHoldsAYearOldTextOrTraineeAndTheRecentTextAndTheFiguresStay()
    {
        var conversations = new LiteConversationStore(_database);
        var old = Conversation("1", LastYear);
        conversations.Commit(Turn(old, OldText, LastYear) with
        {
            Handoff = new HandoffRecord
            {
                Id = "h1",
                ConversationId = old.Id,
                Question = OldText,
                RequestedAt = LastYear,
                EndedAt = LastYear.AddMinutes(9),
                Outcome = HandoffOutcome.Closed,
            },
        });
        EnrollLastYear(old.Id);
        var recent = Conversation("2", Now.AddDays(-3));
        conversations.Commit(Turn(recent, RecentText, Now.AddDays(-3)));
        Assert.Equal([OldText, OldPhone, RecentText], Readable());

        var counts = Job().RunOnce()!;

        Assert.Equal((1, 1, 1), (counts.Records[PersonalRecord.Transcript], counts.Records[PersonalRecord.Trainee], counts.Records[PersonalRecord.HandoffQuestions]));
        Assert.Equal([RecentText], Readable());
        AssertTheFiguresStay(old.Id);

        _database.Dispose();
        Assert.Equal([RecentText], Readable());
    }

    private void AssertTheFiguresStay(string oldConversation)
    {
        Assert.Equal(2, _database.Database.GetCollection<AnalyticsEvent>(Collections.Events).Count());
        Assert.Single(new LiteTrainingStore(_database).EnrollmentsOfConversation(oldConversation));
        Assert.Null(new LiteTrainees(_database).Find(oldConversation));
        var handoff = new LiteHandoffLog(_database).Find("h1")!;
        Assert.Equal((HandoffOutcome.Closed, null, LastYear.AddMinutes(9)), (handoff.Outcome, handoff.Question, handoff.EndedAt));
        Assert.Single(new LiteFlowResponses(_database).InPeriod("survey", "2025"));
    }

    private DailyRetention Job()
    {
        var time = new FakeTimeProvider(Now);
        return new DailyRetention(new RetentionPolicy(new RetentionPeriods(), time), new LiteRetentionStore(_database), time, NullLogger<DailyRetention>.Instance);
    }

    private void EnrollLastYear(string conversationId)
    {
        new LiteTrainingStore(_database).Change(ledger =>
        {
            ledger.Save(TrainingSamples.Sample("tax-webinar-2025", 10, LastYear.AddDays(7)));
            ledger.Save(new Enrollment
            {
                Id = "e1",
                Number = 1,
                TrainingId = "tax-webinar-2025",
                ConversationId = conversationId,
                Channel = "telegram",
                ChatId = "1",
                Status = EnrollmentStatus.Attended,
                CreatedAt = LastYear,
            });
            return 0;
        });
        new LiteTrainees(_database).Save(new Trainee
        {
            ConversationId = conversationId,
            Name = "Гульнара Жаксыбекова",
            Phone = OldPhone,
            Iin = "870315400732",
            Sector = "retail",
            ConsentAt = LastYear,
            UpdatedAt = LastYear,
        });
    }

    private static Conversation Conversation(string chatId, DateTimeOffset at) =>
        new() { Id = "telegram:" + chatId, Channel = "telegram", ChatId = chatId, CreatedAt = at, UpdatedAt = at };

    // A turn as the engine writes it: the user's line, an event for the reports, and last year an anonymous survey answer.
    private static TurnRecord Turn(Conversation conversation, string text, DateTimeOffset at)
    {
        var flows = new FlowWrites();
        flows.Responses.Add(new FlowResponse { Id = "r" + conversation.ChatId, FlowId = "survey", Period = at.Year.ToString(), Status = FlowResponseStatus.Completed, StartedAt = at });
        var line = TranscriptEntry.Inbound(IncomingMessage.FromText(conversation.Channel, conversation.ChatId, text, at));
        var asked = new AnalyticsEvent { Type = AnalyticsEventTypes.Answered, ConversationId = conversation.Id, Channel = "telegram", Language = "ru", At = at };
        return new TurnRecord(conversation, null, [line], [], [asked], [], flows);
    }
}
