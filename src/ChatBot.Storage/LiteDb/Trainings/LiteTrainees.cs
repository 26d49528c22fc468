using ChatBot.Core.Trainings;
using ChatBot.Storage.LiteDb.Sealing;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>The personal data of trainees (collection <c>trainees</c>, keyed by conversation id).</summary>
public sealed class LiteTrainees(ChatBotDatabase database) : ITrainees
{
    private ILiteCollection<Trainee> Records => database.Database.GetCollection<Trainee>(Collections.Trainees);

    public Trainee? Find(string conversationId) => Records.FindById(conversationId);

    public void Save(Trainee trainee)
    {
        if (trainee.ConsentAt == default || string.IsNullOrEmpty(trainee.ConversationId))
        {
            throw new ArgumentException("personal data is stored only for a conversation and after consent (ConsentAt)", nameof(trainee));
        }

        Records.Upsert(trainee);
    }

    // Read from the stored documents: the keyed hash kept beside the sealed ИИН, so no record is opened to count.
    public IReadOnlyDictionary<string, string> PersonKeys() => database.Database.GetCollection(Collections.Trainees)
        .Query()
        .Select("{ id: $._id, iin: $.Iin }")
        .ToList()
        .ToDictionary(d => d["id"].AsString, d => KeyOf(d["iin"]));

    public void Forget(string conversationId) => Records.Delete(conversationId);

    private string KeyOf(BsonValue iin) =>
        PersonalSeal.IsMatched(iin) ? iin[PersonalSeal.MatchField].AsString : database.Seal.Match(database.Seal.Unseal(iin).AsString);
}
