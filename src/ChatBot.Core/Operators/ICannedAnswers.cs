namespace ChatBot.Core.Operators;

/// <summary>The canned answers, by language and then title.</summary>
public interface ICannedAnswers
{
    IReadOnlyList<CannedAnswer> All();

    /// <summary>Stores <paramref name="answer"/> and gives it its id.</summary>
    void Add(CannedAnswer answer);

    bool Remove(long id);
}
