using System.Reflection;
using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Sealing;

/// <summary>
/// The collections whose records hold personal fields, and the one-time pass that seals the values an older file
/// wrote in plain text: each record is read (a plain value reads as it is) and written back (sealed). The meta record
/// <c>sealing</c> names the key the file's fields are sealed under, so the pass runs once per file.
/// </summary>
internal static class SealedCollections
{
    public static IReadOnlyList<(string Name, Type Type)> All { get; } =
    [
        (Collections.Conversations, typeof(Conversation)), (Collections.Transcript, typeof(TranscriptEntry)),
        (Collections.Outbox, typeof(OutboxItem)), (Collections.Unanswered, typeof(UnansweredQuestion)),
        (Collections.FlowResponses, typeof(FlowResponse)), (Collections.FlowContacts, typeof(FlowContact)),
        (Collections.Handoffs, typeof(HandoffRecord)), (Collections.Trainees, typeof(Trainee)),
        (Collections.OperatorAudit, typeof(AuditEntry)), (Collections.OperatorNotes, typeof(OperatorNote)),
        (Collections.Applications, typeof(Application)),
    ];

    private const string MetaId = "sealing";
    private const int Batch = 500;

    private static readonly MethodInfo ResealOne = typeof(SealedCollections).GetMethod(nameof(Reseal), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The key the file's fields are sealed under, or null for a file that has never sealed them.</summary>
    public static string? KeyOf(LiteDatabase db) => db.GetCollection(Collections.Meta).FindById(MetaId)?["key"].AsString;

    /// <summary>Records that <paramref name="seal"/>'s key seals the file's fields.</summary>
    public static void MarkSealedUnder(LiteDatabase db, PersonalSeal seal) =>
        db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = MetaId, ["key"] = seal.KeyIdText });

    /// <summary>Seals what a file written before sealing holds in plain text; nothing for a file already sealed.</summary>
    /// <returns>How many records were rewritten.</returns>
    public static int SealOlderValues(LiteDatabase db, PersonalSeal seal)
    {
        if (KeyOf(db) is not null)
        {
            return 0;
        }

        var rewritten = All.Sum(c => (int)ResealOne.MakeGenericMethod(c.Type).Invoke(null, [db, c.Name])!);
        MarkSealedUnder(db, seal);
        return rewritten;
    }

    // Read in batches of ids, so that a large transcript is not held in memory at once.
    private static int Reseal<T>(LiteDatabase db, string name)
    {
        var ids = db.GetCollection(name).Query().Select("{ id: $._id }").ToList().Select(d => d["id"]).ToList();
        var records = db.GetCollection<T>(name);
        foreach (var batch in ids.Chunk(Batch))
        {
            records.Update(records.Find(Query.In("_id", batch)).ToList());
        }

        return ids.Count;
    }
}
