using ChatBot.Core.Knowledge;
using ChatBot.Knowledge.Loading;

namespace ChatBot.Tests.Knowledge;

/// <summary>
/// knowledge/system/words.yaml: the words typed instead of buttons. Each kind of broken list is reported with
/// its file and line, and nothing loads.
/// </summary>
public sealed class WordListTests : IDisposable
{
    private const string WordsFile = "system/words.yaml";

    // One line a list name, one its Russian words, one its Kazakh words: "yes" is at line 2, "no" at 5, ...
    private static readonly string Valid = "words:\n" + string.Concat(Words.Names.Select(name =>
        $"  {name}:\n    ru: [{name} ру]\n    kk: [{name} қаз]\n"));

    private readonly KnowledgeFixture _fixture = new();

    public WordListTests() => _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void TheRepositorysListsKeepEveryWordTheEngineAcceptedWhenTheyWereInCode()
    {
        var words = Testing.SharedModel.Knowledge.Words;

        Assert.All(["да", "Да!", "yes", "ok", "ок", "согласен", "подтверждаю", "всё верно", "иә", "ыә", "келісемін", "дұрыс"], w => Assert.True(words.Yes.Matches(w), w));
        Assert.All(["нет", "no", "не согласна", "жоқ", "жок", "келіспеймін"], w => Assert.True(words.No.Matches(w), w));
        Assert.All(["назад", "back", "артқа", "кері"], w => Assert.True(words.Back.Matches(w), w));
        Assert.All(["отмена", "выйти", "cancel", "шығу", "бас тарту", "болдырмау"], w => Assert.True(words.Cancel.Matches(w), w));
        Assert.All(["пропустить", "skip", "өткізіп жіберу"], w => Assert.True(words.Skip.Matches(w), w));
        Assert.All(["готово", "done", "дайын"], w => Assert.True(words.Done.Matches(w), w));
        Assert.All(["изменить данные", "change", "өзгерту"], w => Assert.True(words.Change.Matches(w), w));
        Assert.All(["подписаться", "жаңалықтарға жазылу"], w => Assert.True(words.Subscribe.Matches(w), w));
        Assert.All(["отписаться", "жазылымнан шығу"], w => Assert.True(words.Unsubscribe.Matches(w), w));
    }

    [Fact]
    public void AMessageMatchesOnlyAsAWholeWhateverItsCaseAndFinalPunctuation()
    {
        var yes = new WordList("yes", ["всё верно"]);

        Assert.True(yes.Matches("  Всё верно! "));
        Assert.True(yes.Matches("ВСЁ ВЕРНО."));
        Assert.False(yes.Matches("всё верно, но"));
        Assert.False(yes.Matches("верно"));
        Assert.False(yes.Matches(null));
    }

    [Fact]
    public void AValidFileLoadsIntoTypedLists()
    {
        _fixture.WithText(WordsFile, Valid.Replace("[yes ру]", "[да, Ок]").Replace("[yes қаз]", "[иә]\n    any: [yes]"));

        var words = KnowledgeLoader.Load(_fixture.Root).Knowledge!.Words;

        Assert.Equal(["да", "ок", "иә", "yes"], words.Yes.All);
        Assert.True(words.Skip.Matches("skip ру"));
    }

    [Fact]
    public void AMissingListIsReportedAtTheListsOfTheFile()
    {
        _fixture.WithText(WordsFile, Valid.Replace("  skip:\n    ru: [skip ру]\n    kk: [skip қаз]\n", ""));

        Assert.Equal("knowledge/system/words.yaml:2: word list 'skip' is missing (it needs ru and kk words)", Error());
    }

    [Fact]
    public void AnEmptyListIsReportedAtItsLine()
    {
        _fixture.WithText(WordsFile, Valid.Replace("[no қаз]", "[]"));

        Assert.Equal("knowledge/system/words.yaml:7: word list 'no' has no 'kk' words", Error());
    }

    [Fact]
    public void AMissingLanguageIsReportedAtItsList()
    {
        _fixture.WithText(WordsFile, Valid.Replace("    kk: [back қаз]\n", ""));

        Assert.Equal("knowledge/system/words.yaml:9: 'kk' is missing", Error());
    }

    [Fact]
    public void AWordInBothYesAndNoIsReportedWhereItComesAgain()
    {
        _fixture.WithText(WordsFile, Valid.Replace("[yes ру]", "[да]").Replace("[no ру]", "[нет, Да]"));

        Assert.Equal("knowledge/system/words.yaml:6: word 'Да' of 'no' is already a word of 'yes' (line 3); a word may have one meaning only", Error());
    }

    [Fact]
    public void AWordRepeatedInItsOwnListIsReported()
    {
        _fixture.WithText(WordsFile, Valid.Replace("[done ру]", "[готово, готово.]"));

        Assert.Equal("knowledge/system/words.yaml:18: word 'готово.' is repeated in 'done' (first at line 18)", Error());
    }

    [Fact]
    public void AListThatIsNotAMappingOfLanguagesIsReported()
    {
        _fixture.WithText(WordsFile, Valid.Replace("  cancel:\n    ru: [cancel ру]\n    kk: [cancel қаз]\n", "  cancel: [отмена, болдырмау]\n"));

        Assert.Equal("knowledge/system/words.yaml:11: word list 'cancel' must be a mapping of ru, kk and any to lists of words", Error());
    }

    [Fact]
    public void WordsThatAreNotAListAreReported()
    {
        _fixture.WithText(WordsFile, Valid.Replace("ru: [change ру]", "ru: изменить"));

        Assert.Equal("knowledge/system/words.yaml:21: 'ru' must be a list", Error());
    }

    [Fact]
    public void AListTheBotDoesNotReadIsReportedAsATypo()
    {
        _fixture.WithText(WordsFile, Valid + "  subcribe:\n    ru: [подписка]\n    kk: [жазылу]\n");

        // Three lines a list, after the "words:" line.
        var line = 2 + (3 * Words.Names.Count);
        Assert.Equal($"knowledge/system/words.yaml:{line}: unknown word list 'subcribe'; the lists are " + string.Join(", ", Words.Names), Error());
    }

    [Fact]
    public void AnUnknownLanguageIsReported()
    {
        _fixture.WithText(WordsFile, Valid.Replace("[yes қаз]", "[иә]\n    en: [yes]"));

        Assert.Equal("knowledge/system/words.yaml:5: 'en' in word list 'yes' is not ru, kk or any", Error());
    }

    [Fact]
    public void AWordOfPunctuationOnlyIsReported()
    {
        _fixture.WithText(WordsFile, Valid.Replace("[back ру]", "[назад, \"!\"]"));

        Assert.Equal("knowledge/system/words.yaml:9: word '!' of 'back' is only punctuation, which is dropped from what users type", Error());
    }

    [Fact]
    public void AMissingFileIsReported()
    {
        File.Delete(Path.Combine(_fixture.Root, WordsFile));

        Assert.Equal("knowledge/system/words.yaml:1: the file is missing", Error());
    }

    private string Error()
    {
        var result = KnowledgeLoader.Load(_fixture.Root);
        Assert.Null(result.Knowledge);
        return Assert.Single(result.Errors).ToString();
    }
}
