using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>Questions the bot could not answer, for the editors.</summary>
public interface IUnansweredQuestions
{
    IReadOnlyList<UnansweredQuestion> Recent(int max);

    /// <summary>The questions asked in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    IReadOnlyList<UnansweredQuestion> Between(DateTimeOffset from, DateTimeOffset to);
}
