using System.Threading.Channels;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;
using ChatBot.Core.Storage;
using ChatBot.Host.Privacy;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Privacy;

/// <summary>The retention job on a fake clock: a run shortly after start, then one a day, each logged on one line.</summary>
public sealed class DailyRetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 1, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly InMemoryStores _stores = new();
    private readonly LogLines _log = new();

    [Fact]
    public async Task TheFirstRunShortlyAfterStartCatchesUpAndThenOneRunsEveryDay()
    {
        Write("год и месяц назад", Start.AddDays(-400));
        Write("почти год назад", Start.AddDays(-365).AddHours(12));
        Write("вчера", Start.AddDays(-1));
        var job = Job(new RetentionPeriods());
        await job.StartAsync(CancellationToken.None);

        _time.Advance(DailyRetention.FirstRun);
        Assert.Equal(
            "Retention anonymised Transcript 1, UnansweredQuestions 0, Outbox 0, FlowContacts 0, Trainee 0, OperatorNotes 0, HandoffQuestions 0, AuditDetails 0, Applications 0, idle conversations 0",
            await _log.NextAsync());
        Assert.Equal(["почти год назад", "вчера"], Transcript());

        _time.Advance(DailyRetention.BetweenRuns);
        Assert.StartsWith("Retention anonymised Transcript 1,", await _log.NextAsync(), StringComparison.Ordinal);
        Assert.Equal(["вчера"], Transcript());

        await job.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void EveryPeriodTurnedOffRunsNothing()
    {
        Write("год и месяц назад", Start.AddDays(-400));

        var counts = Job(new RetentionPeriods { TranscriptDays = 0, TraineeDaysAfterTraining = 0, SurveyContactDays = 0 }).RunOnce();

        Assert.Null(counts);
        Assert.Equal(["год и месяц назад"], Transcript());
    }

    [Fact]
    public async Task AFailedRunIsLoggedAndTheNextDayTriesAgain()
    {
        Write("год и месяц назад", Start.AddDays(-400));
        var store = new FailingOnce(_stores.Retention);
        var job = new DailyRetention(new RetentionPolicy(new RetentionPeriods(), _time), store, _time, _log);
        await job.StartAsync(CancellationToken.None);

        _time.Advance(DailyRetention.FirstRun);
        Assert.Equal("The retention run failed; trying again at the next one", await _log.NextAsync());
        _time.Advance(DailyRetention.BetweenRuns);
        Assert.StartsWith("Retention anonymised Transcript 1,", await _log.NextAsync(), StringComparison.Ordinal);
        Assert.Empty(Transcript());

        await job.StopAsync(CancellationToken.None);
    }

    private DailyRetention Job(RetentionPeriods periods) =>
        new(new RetentionPolicy(periods, _time), _stores.Retention, _time, _log);

    private void Write(string text, DateTimeOffset at)
    {
        var conversation = new Conversation { Id = "telegram:1", Channel = "telegram", ChatId = "1", CreatedAt = at, UpdatedAt = at };
        _stores.Conversations.Commit(new TurnRecord(conversation, null, [TranscriptEntry.Outbound(conversation.Id, OutgoingMessage.Plain(text), at)], [], [], []));
    }

    private IReadOnlyList<string> Transcript() => _stores.Conversations.Transcript("telegram:1").Select(t => t.Text).ToList();

    /// <summary>The job's log lines as they come; waiting for one is how a test knows a run on another thread ended.</summary>
    private sealed class LogLines : ILogger<DailyRetention>
    {
        private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

        public Task<string> NextAsync() => _lines.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Writer.TryWrite(formatter(state, exception));
    }

    private sealed class FailingOnce(IRetentionStore inner) : IRetentionStore
    {
        private int _calls;

        public RetentionCounts Apply(Retention retention) =>
            Interlocked.Increment(ref _calls) == 1 ? throw new IOException("the disk is full") : inner.Apply(retention);
    }
}
