using ChatBot.Core.Operators;

namespace ChatBot.Tests.Contracts;

/// <summary>What <see cref="ICannedAnswers"/> promises: answers by language and then title, each with its own id.</summary>
public abstract class CannedAnswersContract : StoreContract
{
    private ICannedAnswers Answers => Stores.CannedAnswers;

    [StoreFact]
    public void AddedAnswersGetIncreasingIds()
    {
        var first = Answer("ru", "Приветствие");
        var second = Answer("ru", "Прощание");

        Answers.Add(first);
        Answers.Add(second);

        Assert.True(first.Id > 0);
        Assert.True(second.Id > first.Id);
    }

    [StoreFact]
    public void AllAnswersComeByLanguageAndThenTitle()
    {
        Answers.Add(Answer("ru", "Часы работы"));
        Answers.Add(Answer("ru", "Адрес"));
        Answers.Add(Answer("kk", "Сәлем"));
        Answers.Add(Answer("ru", "Документы"));

        Assert.Equal(["kk Сәлем", "ru Адрес", "ru Документы", "ru Часы работы"], Answers.All().Select(a => a.Language + " " + a.Title));
    }

    [StoreFact]
    public void RemoveTakesOutOneAnswerAndSaysWhetherItWasThere()
    {
        var kept = Answer("ru", "Адрес");
        var removed = Answer("ru", "Документы");
        Answers.Add(kept);
        Answers.Add(removed);

        Assert.True(Answers.Remove(removed.Id));
        Assert.False(Answers.Remove(removed.Id));
        Assert.Equal([kept.Id], Answers.All().Select(a => a.Id));
    }

    [StoreFact]
    public void AnAnswerChangedAfterItWasAddedIsNotChangedInTheStore()
    {
        var answer = Answer("ru", "Адрес");
        Answers.Add(answer);

        answer.Text = "подменён";

        Assert.Equal("Текст: Адрес", Assert.Single(Answers.All()).Text);
    }

    private static CannedAnswer Answer(string language, string title) => new() { Language = language, Title = title, Text = "Текст: " + title };
}

public sealed class CannedAnswersContractOnLiteDb : CannedAnswersContract
{
    protected override StoreSet OpenStores() => StoreSet.OnLiteDb();
}

public sealed class CannedAnswersContractInMemory : CannedAnswersContract
{
    protected override StoreSet OpenStores() => StoreSet.InMemory();
}

public sealed class CannedAnswersContractOnPostgreSql : CannedAnswersContract
{
    protected override StoreSet OpenStores() => StoreSet.OnPostgreSql();
}
