using ChatBot.Nlu.Evaluation;

namespace ChatBot.Tests.Nlu;

public sealed class MentionCheckTests
{
    [Fact]
    public void AStemCountsAtTheStartOfAWordInAnyCase()
    {
        Assert.True(MentionCheck.Mentions("Ключ ЭЦП Юридического лица получает директор.", ["юридическ"]));
    }

    [Fact]
    public void OneKeywordOfSeveralIsEnough()
    {
        Assert.True(MentionCheck.Mentions("Для ТОО ключ выдаётся на директора.", ["юридическ", "тоо"]));
    }

    [Fact]
    public void AKeywordInsideAnotherWordDoesNotCount()
    {
        Assert.False(MentionCheck.Mentions("Главный принцип: уведомление подаётся онлайн.", ["ип"]));
    }

    [Fact]
    public void AnAnswerThatNamesNoneOfTheKeywordsDoesNotMentionTheSubCase()
    {
        Assert.False(MentionCheck.Mentions("Ключ ЭЦП физического лица выдаётся онлайн.", ["юридическ", "тоо"]));
    }

    [Fact]
    public void AnAmountWrittenWithANoBreakSpaceMatchesOneWrittenWithAPlainSpace()
    {
        Assert.True(MentionCheck.Mentions("ВОСМС: 5\u00a0950 ₸ в месяц.", ["5 950"]));
    }

    [Fact]
    public void ANumberMatchesOnlyFromItsFirstDigit()
    {
        Assert.False(MentionCheck.Mentions("Порог: 100 ₸.", ["0 ₸"]));
        Assert.True(MentionCheck.Mentions("Капитал: 0 ₸.", ["0 ₸"]));
    }
}
