using ChatBot.Core.Trainings;
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

    public void Forget(string conversationId) => Records.Delete(conversationId);
}
