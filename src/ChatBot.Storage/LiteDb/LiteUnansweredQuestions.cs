using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

public sealed class LiteUnansweredQuestions(ChatBotDatabase database) : IUnansweredQuestions
{
    public IReadOnlyList<UnansweredQuestion> Recent(int max) =>
        database.Database.GetCollection<UnansweredQuestion>(Collections.Unanswered)
            .Query()
            .OrderByDescending(u => u.Id)
            .Limit(max)
            .ToList();
}
