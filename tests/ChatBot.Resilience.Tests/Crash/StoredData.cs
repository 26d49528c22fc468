using ChatBot.Core.Flows;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Resilience.Tests.Crash;

/// <summary>
/// A data folder's database opened by the test itself once the service is dead, through the same stores the
/// service uses: opening it is LiteDB's recovery after the crash, and it must find a file it does not rebuild.
/// </summary>
internal sealed class StoredData : IDisposable
{
    private readonly ServiceProvider _stores;

    public StoredData(string dataDir)
    {
        _stores = new ServiceCollection()
            .AddLiteDbStorage(_ => new ChatBotDatabase(Path.Combine(dataDir, ChatBotDatabase.FileName), ServiceProcess.DatabasePassword))
            .BuildServiceProvider();
        Database = _stores.GetRequiredService<ChatBotDatabase>();
        Assert.False(WasRebuilt(dataDir), "LiteDB found the file invalid and rebuilt it");
    }

    public ChatBotDatabase Database { get; }

    public IConversationStore Conversations => _stores.GetRequiredService<IConversationStore>();

    public IFlowResponses Responses => _stores.GetRequiredService<IFlowResponses>();

    public ITrainingStore Trainings => _stores.GetRequiredService<ITrainingStore>();

    /// <summary>A rebuild keeps the old file beside the new one.</summary>
    public static bool WasRebuilt(string dataDir) => Directory.EnumerateFiles(dataDir, "*backup*").Any();

    /// <summary>Reads every document of every collection, so that a damaged page anywhere fails here.</summary>
    /// <returns>How many documents there are.</returns>
    public int ReadEverything() => Collections.All.Sum(name => Database.Database.GetCollection(name).FindAll().Count());

    public void Dispose() => _stores.Dispose();
}
