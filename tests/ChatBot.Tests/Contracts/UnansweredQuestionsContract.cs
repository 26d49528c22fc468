using ChatBot.Core.Storage;
using static ChatBot.Tests.Contracts.Samples;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="IUnansweredQuestions"/> promises: the turns' unanswered questions, newest first.</summary>
public abstract class UnansweredQuestionsContract : StoreContract
{
    [StoreFact]
    public void TheRecentQuestionsComeNewestFirstUpToMax()
    {
        var first = Conversation("1");
        var second = Conversation("2");
        Stores.Conversations.Commit(Turn(first) with { Unanswered = [Question(first, "один"), Question(first, "два")] });
        Stores.Conversations.Commit(Turn(second) with { Unanswered = [Question(second, "три")] });

        Assert.Equal(["три", "два"], Stores.Unanswered.Recent(2).Select(q => q.Text));
    }

    [StoreFact]
    public void AQuestionKeepsItsConversationLanguageGuessesAndTime()
    {
        var conversation = Conversation("1");
        var question = Question(conversation, "как оформить патент?");
        question.Language = "kk";
        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [question] });

        Assert.Equivalent(question, Assert.Single(Stores.Unanswered.Recent(10)), strict: true);
    }

    [StoreFact]
    public void TheQuestionsBetweenTwoInstantsIncludeTheFirstAndExcludeTheSecondOldestFirst()
    {
        var conversation = Conversation("1");
        var start = new DateTimeOffset(2026, 10, 31, 19, 0, 0, TimeSpan.Zero);
        var questions = new[] { -1, 0, 30, 60 }.Select(minutes => Question(conversation, $"q{minutes}")).ToList();
        foreach (var (question, minutes) in questions.Zip(new[] { -1, 0, 30, 60 }))
        {
            question.At = start.AddMinutes(minutes);
        }

        Stores.Conversations.Commit(Turn(conversation) with { Unanswered = [questions[2], questions[0], questions[3], questions[1]] });

        Assert.Equal(["q0", "q30"], Stores.Unanswered.Between(start, start.AddMinutes(60)).Select(q => q.Text));
    }

    [StoreFact]
    public void ThereAreNoRecentQuestionsBeforeAnyTurnLeftOne()
    {
        Stores.Conversations.Commit(Turn(Conversation("1")));

        Assert.Empty(Stores.Unanswered.Recent(10));
    }
}

public sealed class UnansweredQuestionsContractOnLiteDb : UnansweredQuestionsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class UnansweredQuestionsContractInMemory : UnansweredQuestionsContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class UnansweredQuestionsContractOnPostgreSql : UnansweredQuestionsContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
