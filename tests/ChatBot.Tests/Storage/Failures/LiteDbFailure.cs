using System.Reflection;
using ChatBot.Storage.LiteDb;
using LiteDB;
using LiteDB.Engine;

namespace ChatBot.Tests.Storage.Failures;

/// <summary>
/// Does to a database's engine exactly what LiteDB does when one of its internal checks fails under a race: its
/// engine state handles the error, which closes the engine, keeps the error for every later call and marks the file
/// for a rebuild at the next opening.
/// </summary>
internal static class LiteDbFailure
{
    public const string Message = "LiteDB ENSURE: page type must be collection page";

    public static void CloseTheEngine(ChatBotDatabase database)
    {
        var engine = (LiteEngine)database.Engine;
        var state = typeof(LiteEngine).GetField("_state", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(engine)!;
        state.GetType().GetMethod("Handle")!.Invoke(state, [new LiteException(LiteException.INVALID_DATAFILE_STATE, Message)]);
    }

    /// <summary>Waits for the database to serve again, asking it as the health check does.</summary>
    public static async Task WaitUntilServingAsync(ChatBotDatabase database)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!database.Check().IsServing)
        {
            Assert.True(DateTime.UtcNow < until, "the database was not reopened within 20 s");
            await Task.Delay(50);
        }
    }
}
