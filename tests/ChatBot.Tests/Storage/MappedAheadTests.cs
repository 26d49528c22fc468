using ChatBot.Host.Composition;
using ChatBot.Operators.Accounts;
using ChatBot.Operators.Audit;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Storage;

/// <summary>
/// The first records of a type stored by many threads at once keep their numeric ids: without the mappings built
/// ahead, LiteDB let one of them be stored under an ObjectId and every later insert of the type failed.
/// </summary>
public sealed class MappedAheadTests
{
    [Fact]
    public void SixtyFourThreadsWritingTheAuditLogAndReadingAccountsOfFreshFilesMeetNoError()
    {
        using var folder = new TemporaryFolder();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        for (var run = 0; run < 10; run++)
        {
            using var database = new ChatBotDatabase(folder.File($"run{run}.db"), "secret", channelTypes: BotRuntime.ChannelStoredTypes);
            var audit = new AuditLog(database);
            var accounts = new OperatorAccounts(database);
            using var start = new Barrier(64);
            var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                for (var k = 0; k < 10; k++)
                {
                    try
                    {
                        if (i % 2 == 0)
                        {
                            accounts.Find("nobody" + i);
                        }
                        else
                        {
                            audit.Write("login" + i, AuditActions.LoginFailed, DateTimeOffset.UtcNow);
                        }
                    }
                    catch (Exception e)
                    {
                        failures.Enqueue($"run {run}: {e.Message}");
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.True(failures.IsEmpty, $"{failures.Count} failures; first: {failures.FirstOrDefault()}");
            Assert.Equal(Enumerable.Range(1, 320).Select(i => (long)i), audit.Recent(1000).Select(e => e.Id).Order());
        }
    }
}
