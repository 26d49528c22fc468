using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using ChatBot.Tests.Contracts;
using LiteDB;

namespace ChatBot.Tests.Storage;

/// <summary>One writer at a time, reads alongside; and every collection read and written at once on a fresh file.</summary>
public sealed class SingleWriterTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AWriteWaitsWhileAnotherThreadsTransactionIsOpenEvenOnAnotherCollection()
    {
        using var database = new ChatBotDatabase(_folder.File("one.db"), "secret");
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var transaction = Threads.OnItsOwn(() => database.InTransaction(db =>
        {
            db.GetCollection(Collections.Events).Insert(new BsonDocument { ["_id"] = 1 });
            inside.Set();
            release.Wait(Patience);
        }));
        Assert.True(inside.Wait(Patience));

        var write = Threads.OnItsOwn(() => database.Database.GetCollection(Collections.Outbox).Insert(new BsonDocument { ["_id"] = 2 }));
        var read = Threads.OnItsOwn(() => database.Database.GetCollection(Collections.Conversations).Count());

        Assert.Equal(0, await read.WaitAsync(Patience));
        await Task.Delay(200);
        Assert.False(write.IsCompleted, "a second writer ran while a transaction was open");
        release.Set();
        await transaction.WaitAsync(Patience);
        await write.WaitAsync(Patience);
    }

    [Fact]
    public void ATransactionBegunOutsideInTransactionIsRefused()
    {
        using var database = new ChatBotDatabase(_folder.File("one.db"), "secret");

        var refused = Assert.Throws<InvalidOperationException>(() => database.Database.BeginTrans());

        Assert.Contains("InTransaction", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SixtyFourThreadsReadingAndWritingEveryCollectionOfAFreshFileMeetNoErrorTwentyTimesInARow()
    {
        for (var run = 0; run < 20; run++)
        {
            using var database = new ChatBotDatabase(_folder.File($"run{run}.db"), "secret");
            using var start = new Barrier(64);
            var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
            {
                start.SignalAndWait(Patience);
                try
                {
                    foreach (var name in Collections.All)
                    {
                        var collection = database.Database.GetCollection(name);
                        if (i % 2 == 0)
                        {
                            collection.FindById("unknown" + i);
                            collection.Count();
                        }
                        else if (i % 4 == 1)
                        {
                            collection.Insert(new BsonDocument { ["_id"] = $"auto{i}", ["n"] = i });
                        }
                        else
                        {
                            database.InTransaction(db => db.GetCollection(name).Upsert(new BsonDocument { ["_id"] = $"tx{i}", ["n"] = i }));
                        }
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.True(errors.IsEmpty, $"run {run}: {errors.Count} errors; first: {errors.FirstOrDefault()}");
            Assert.All(Collections.All, name => Assert.Equal(name == Collections.Meta ? 33 : 32, database.Database.GetCollection(name).Count()));
        }
    }
}
