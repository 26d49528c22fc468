using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteUnansweredQuestions</c>; the questions are written by the turns.</summary>
public sealed class InMemoryUnansweredQuestions(InMemoryDatabase database) : IUnansweredQuestions
{
    public IReadOnlyList<UnansweredQuestion> Recent(int max) => database.Read(t => t.Unanswered.All().Reverse().Take(max).ToList());
}
