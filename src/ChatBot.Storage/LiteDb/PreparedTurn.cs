using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The documents every turn writes (its conversation, processed message, transcript, outbox, events and unanswered
/// questions), mapped to BSON and their personal fields sealed on the caller's thread, so that the one writer only
/// inserts them: mapping and sealing were a quarter of the writer's time, and the writer is the service's one
/// thread that cannot run beside itself (docs/benchmarks.md).
/// </summary>
internal sealed class PreparedTurn
{
    private readonly BsonDocument _conversation;
    private readonly BsonDocument? _processed;
    private readonly List<Inserted> _inserts = [];

    public PreparedTurn(BsonMapper mapper, TurnRecord turn)
    {
        _conversation = mapper.ToDocument(turn.Conversation);
        if (turn.ProcessedMessageId is { } messageId)
        {
            _processed = new BsonDocument
            {
                ["_id"] = ProcessedKey(turn.Conversation.Id, messageId),
                ["at"] = turn.Conversation.UpdatedAt.UtcDateTime,
            };
        }

        Add(mapper, Collections.Transcript, turn.Transcript, (entry, id) => entry.Id = id);
        Add(mapper, Collections.Outbox, turn.Outbox, (item, id) => item.Id = id);
        Add(mapper, Collections.Events, turn.Events, (e, id) => e.Id = id);
        Add(mapper, Collections.Unanswered, turn.Unanswered, (question, id) => question.Id = id);
    }

    public static string ProcessedKey(string conversationId, string messageId) => conversationId + "|" + messageId;

    /// <summary>
    /// Writes the documents in the writer's transaction and gives each new record the id it took. Run again after a
    /// rolled-back attempt, it writes the same: a document keeps the id its first attempt gave it.
    /// </summary>
    public void Write(LiteDatabase db)
    {
        db.GetCollection(Collections.Conversations).Upsert(_conversation);
        if (_processed is not null)
        {
            db.GetCollection(Collections.Processed).Insert(_processed);
        }

        foreach (var insert in _inserts)
        {
            insert.Took(db.GetCollection(insert.Collection, BsonAutoId.Int64).Insert(insert.Document).AsInt64);
        }
    }

    private void Add<T>(BsonMapper mapper, string collection, IReadOnlyList<T> records, Action<T, long> took)
    {
        foreach (var record in records)
        {
            var document = mapper.ToDocument(record);

            // A new record's id is 0 until the insert numbers it, as LiteDB's typed insert does.
            if (document["_id"] is { IsInt64: true, AsInt64: 0 } or { IsInt32: true, AsInt32: 0 })
            {
                document.Remove("_id");
            }

            _inserts.Add(new Inserted(collection, document, id => took(record, id)));
        }
    }

    private sealed record Inserted(string Collection, BsonDocument Document, Action<long> Took);
}
