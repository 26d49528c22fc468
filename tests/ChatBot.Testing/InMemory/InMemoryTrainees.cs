using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Trainings;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteTrainees</c>: a record without consent or conversation is refused, as personal data must be.</summary>
public sealed class InMemoryTrainees(InMemoryDatabase database) : ITrainees
{
    public Trainee? Find(string conversationId) => database.Read(t => t.Trainees.Find(conversationId));

    public void Save(Trainee trainee)
    {
        if (trainee.ConsentAt == default || string.IsNullOrEmpty(trainee.ConversationId))
        {
            throw new ArgumentException("personal data is stored only for a conversation and after consent (ConsentAt)", nameof(trainee));
        }

        database.InTransaction(t => t.Trainees.Upsert(trainee));
    }

    // The ИИН's SHA-256: equal for equal numbers and not the number, as the keyed hash of the LiteDB store.
    public IReadOnlyDictionary<string, string> PersonKeys() => database.Read(t => t.Trainees.All()
        .ToDictionary(r => r.ConversationId, r => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(r.Iin)))));

    public void Forget(string conversationId) => database.InTransaction(t => t.Trainees.Delete(conversationId));
}
