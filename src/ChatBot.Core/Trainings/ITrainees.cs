namespace ChatBot.Core.Trainings;

/// <summary>The personal data of people who enrolled, one record per conversation.</summary>
public interface ITrainees
{
    Trainee? Find(string conversationId);

    void Save(Trainee trainee);

    /// <summary>Erases the record (/forget).</summary>
    void Forget(string conversationId);
}
