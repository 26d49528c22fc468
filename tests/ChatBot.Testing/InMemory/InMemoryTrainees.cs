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

    public void Forget(string conversationId) => database.InTransaction(t => t.Trainees.Delete(conversationId));
}
