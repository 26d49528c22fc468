using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage;

/// <summary>Questions the bot could not answer, for the editors.</summary>
public interface IUnansweredQuestions
{
    IReadOnlyList<UnansweredQuestion> Recent(int max);
}
