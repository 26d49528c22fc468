namespace ChatBot.Core.Trainings;

/// <summary>The personal data of people who enrolled, one record per conversation.</summary>
public interface ITrainees
{
    Trainee? Find(string conversationId);

    void Save(Trainee trainee);

    /// <summary>
    /// A key per conversation with a record, equal for the records of one person (the same ИИН, whatever the channel)
    /// and telling nothing of the ИИН itself: what counts unique trainees across channels without opening a record.
    /// </summary>
    IReadOnlyDictionary<string, string> PersonKeys();

    /// <summary>Erases the record (/forget).</summary>
    void Forget(string conversationId);
}
