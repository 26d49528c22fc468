using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using ChatBot.Tests.Contracts;
using ChatBot.Tests.Privacy;
using LiteDB;
using Microsoft.Extensions.Time.Testing;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Storage;

/// <summary>
/// Turns that finish together are committed by the one writer in one transaction; each caller goes on only once its
/// own turn has committed, and a turn that fails fails alone. The clock is fake, so a group is cut by count alone
/// unless a test moves the clock.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new();
    private readonly ChatBotDatabase _database;
    private readonly LiteConversationStore _store;

    public GroupCommitTests()
    {
        _database = new ChatBotDatabase(_folder.File("one.db"), "secret", time: _time);
        _store = new LiteConversationStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task TurnsThatFinishWhileTheWriterIsBusyAreCommittedTogetherAndNoneGoesOnBeforeTheCommit()
    {
        var conversations = Enumerable.Range(0, 20).Select(i => Conversation($"{i}")).ToList();
        Task[] turns;
        using (HoldTheWriter())
        {
            turns = [.. conversations.Select(c => _store.CommitAsync(Turn(c, "m1") with { Transcript = [Line(c, "ответ")] }))];
            await Task.Delay(200);

            Assert.DoesNotContain(turns, t => t.IsCompleted);
        }

        await Task.WhenAll(turns).WaitAsync(Patience);
        Assert.Equal(1, _database.CommittedGroups);
        Assert.All(conversations, c => Assert.True(_store.HasProcessed(c.Id, "m1")));
        Assert.All(conversations, c => Assert.Equal(["ответ"], _store.Transcript(c.Id).Select(t => t.Text)));
    }

    [Fact]
    public async Task AGroupTakesAtMostSixtyFourTurnsAndTheRestFollowInTheNext()
    {
        Task[] turns;
        using (HoldTheWriter())
        {
            turns = [.. Enumerable.Range(0, 100).Select(i => _store.CommitAsync(Turn(Conversation($"{i}"))))];
        }

        await Task.WhenAll(turns).WaitAsync(Patience);
        Assert.Equal(2, _database.CommittedGroups);
        Assert.Equal(100, _database.Database.GetCollection(Collections.Conversations).Count());
    }

    [Fact]
    public async Task AGroupTakesNoMoreWritesOnceItHasWorkedForItsLongestTime()
    {
        Task[] writes;
        using (HoldTheWriter())
        {
            writes = [.. Enumerable.Range(1, 5).Select(i => _database.CommitAsync(db =>
            {
                db.GetCollection(Collections.Events).Insert(new BsonDocument { ["_id"] = i });
                _time.Advance(GroupCommit.LongestGroup);
            }))];
        }

        await Task.WhenAll(writes).WaitAsync(Patience);
        Assert.Equal(5, _database.CommittedGroups);
    }

    [Fact]
    public async Task ATurnThatFailsInItsGroupFailsAloneAndTheOthersOfTheGroupAreCommittedInOneTransaction()
    {
        var answered = Conversation("answered");
        _store.Commit(Turn(answered, "m1"));
        var first = Conversation("first");
        var second = Conversation("second");
        Task[] committing;
        Task failing;
        using (HoldTheWriter())
        {
            committing =
            [
                _store.CommitAsync(Turn(first, "m1") with { Transcript = [Line(first, "первый")], Outbox = [Reply(first, "первый")] }),
                _store.CommitAsync(Turn(second, "m1") with { Transcript = [Line(second, "второй")], Outbox = [Reply(second, "второй")] }),
            ];

            // The same message of a conversation again: its processed id is refused, after its conversation was written.
            failing = _store.CommitAsync(Turn(answered, "m1") with { Transcript = [Line(answered, "повтор")], Outbox = [Reply(answered, "повтор")] });
        }

        await Assert.ThrowsAsync<LiteException>(() => failing.WaitAsync(Patience));
        await Task.WhenAll(committing).WaitAsync(Patience);
        Assert.Equal(2, _database.CommittedGroups); // the first answer's, then the group's without the failing turn
        Assert.Equal(["первый"], _store.Transcript(first.Id).Select(t => t.Text));
        Assert.Equal(["второй"], _store.Transcript(second.Id).Select(t => t.Text));
        Assert.Empty(_store.Transcript(answered.Id));
        var outbox = new LiteOutbox(_database);
        Assert.Equal(["первый", "второй"], outbox.Pending("telegram", 10).Select(i => i.Message.Text));
    }

    [Fact]
    public async Task AForgettingTurnInAGroupStillHasTheLogCheckpointedAfterTheCommit()
    {
        var forgetting = Conversation("forgetting");
        _store.Commit(Turn(forgetting) with { Transcript = [Line(forgetting, "мой телефон +77011234567")] });
        Task[] turns;
        using (HoldTheWriter())
        {
            turns = [_store.CommitAsync(Turn(Conversation("other"))), _store.CommitAsync(Forgetting(forgetting))];
        }

        await Task.WhenAll(turns).WaitAsync(Patience);
        Assert.Equal(2, _database.CommittedGroups); // the first transcript's, then the group's
        Assert.Empty(_store.Transcript(forgetting.Id));
        Assert.Empty(DecryptedFile.Containing(_folder.File("one.db"), "secret", ["+77011234567"]));
    }

    [Fact]
    public async Task TurnsCommittedInsideAnOpenTransactionJoinItAndLandWithIt()
    {
        var first = Conversation("first");
        var second = Conversation("second");

        var inside = Task.Run(() => _database.InTransaction(_ =>
        {
            _store.Commit(Turn(first, "m1"));
            _store.Commit(Turn(second, "m1"));
        }));

        await inside.WaitAsync(Patience);
        Assert.True(_store.HasProcessed(first.Id, "m1"));
        Assert.True(_store.HasProcessed(second.Id, "m1"));
        Assert.Equal(0, _database.CommittedGroups);
    }

    // The writer lock held by a transaction of the test's own until disposed: the writer's thread waits for it.
    private Holding HoldTheWriter()
    {
        var inside = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var transaction = Threads.OnItsOwn(() => _database.InTransaction(_ =>
        {
            inside.Set();
            release.Wait(Patience);
        }));
        Assert.True(inside.Wait(Patience));
        return new Holding(release, transaction);
    }

    private sealed class Holding(ManualResetEventSlim release, Task transaction) : IDisposable
    {
        public void Dispose()
        {
            release.Set();
            transaction.Wait(Patience);
        }
    }
}
