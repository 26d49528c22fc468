using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb.Sealing;
using LiteDB;

namespace ChatBot.Storage.PostgreSql;

/// <summary>The personal data of trainees (table <c>trainees</c>, keyed by conversation id).</summary>
public sealed class PgTrainees(PgDatabase database) : ITrainees
{
    private PgCollection<Trainee> Records => database.Tables.Trainees;

    public Trainee? Find(string conversationId) => Records.FindById(conversationId);

    public void Save(Trainee trainee)
    {
        if (trainee.ConsentAt == default || string.IsNullOrEmpty(trainee.ConversationId))
        {
            throw new ArgumentException("personal data is stored only for a conversation and after consent (ConsentAt)", nameof(trainee));
        }

        Records.Upsert(trainee);
    }

    // The keyed hash kept beside the sealed ИИН, so no record is opened to count.
    public IReadOnlyDictionary<string, string> PersonKeys() => database.Run(session =>
    {
        using var command = session.Command("select id, doc->'Iin' from trainees");
        var keys = new Dictionary<string, string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys[reader.GetString(0)] = KeyOf(JsonSerializer.Deserialize(reader.GetString(1)));
        }

        return keys;
    });

    public void Forget(string conversationId) => Records.Delete(conversationId);

    private string KeyOf(BsonValue iin) =>
        PersonalSeal.IsMatched(iin) ? iin[PersonalSeal.MatchField].AsString : database.Seal.Match(database.Seal.Unseal(iin).AsString);
}
