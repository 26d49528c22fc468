using ChatBot.Storage.LiteDb;
using ChatBot.Tests.Web;

namespace ChatBot.Tests.Storage.Load;

/// <summary>
/// A new installation's first requests, many at once, through the whole service in memory: before every collection
/// was created when the file opened, 3 runs in 4 of this closed LiteDB's engine and turned every request into a 500.
/// </summary>
public sealed class FreshInstallationUnderLoadTests
{
    private const int Runs = 20;

    [Fact]
    public async Task TwentyFreshInstallationsServeSixtyFourConcurrentReadersAndWritersWithoutA5xx()
    {
        for (var run = 1; run <= Runs; run++)
        {
            using var host = new WebChatHost();
            var load = new FreshInstallationLoad(host.Client());

            await load.RunAsync();

            load.AssertNoServerErrors($"run {run}");
            var db = host.Service<ChatBotDatabase>().Database;
            foreach (var written in new[] { Collections.WebChats, Collections.Handoffs, Collections.Enrollments, Collections.Transcript })
            {
                Assert.True(db.GetCollection(written).Count() > 0, $"run {run}: nothing was written to {written}");
            }
        }
    }
}
