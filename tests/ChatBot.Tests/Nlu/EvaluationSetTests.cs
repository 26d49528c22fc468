using ChatBot.Nlu.Evaluation;
using ChatBot.Testing;

namespace ChatBot.Tests.Nlu;

/// <summary>The evaluation file reader: the fields it takes, and a bad line named by file and line.</summary>
public sealed class EvaluationSetTests : IDisposable
{
    private const string GoodLine = """{"text": "как открыть ип", "lang": "ru", "intent": "register_sole_proprietor"}""";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AQuestionAskingASubCaseIsReadWithTheWordsItsAnswerMustContain()
    {
        var path = Write("""{"text": "эцп для тоо", "lang": "ru", "intent": "get_eds", "mention": ["юридическ", "ТОО"]}""");

        var question = Assert.Single(EvaluationSet.ReadQuestions(path));

        Assert.Equal(("эцп для тоо", "get_eds", "ru"), (question.Example.Text, question.Example.Label, question.Example.Lang));
        Assert.Equal(["юридическ", "ТОО"], question.Mention);
    }

    [Fact]
    public void AQuestionWithoutMentionAsksForNoSubCase()
    {
        var question = Assert.Single(EvaluationSet.ReadQuestions(Write(GoodLine)));

        Assert.Null(question.Mention);
    }

    [Fact]
    public void TheOlderLabelFieldStillNamesTheTopic()
    {
        var example = Assert.Single(EvaluationSet.Read(Write("""{"text": "погода", "label": "oos"}""")));

        Assert.Equal("oos", example.Label);
    }

    [Theory]
    [InlineData("как открыть ип", "")]
    [InlineData("""{"lang": "ru", "intent": "get_eds"}""", "'text' and 'intent'")]
    [InlineData("""{"text": "эцп", "lang": "ru"}""", "'text' and 'intent'")]
    [InlineData("""{"text": 5, "intent": "get_eds"}""", "")]
    [InlineData("""["эцп", "get_eds"]""", "one JSON object")]
    [InlineData("""{"text": "эцп", "lang": "ru", "intent": "get_eds", "mention": "юридическ"}""", "'mention' must be a non-empty list")]
    [InlineData("""{"text": "эцп", "lang": "ru", "intent": "get_eds", "mention": []}""", "'mention' must be a non-empty list")]
    [InlineData("""{"text": "эцп", "lang": "ru", "intent": "get_eds", "mention": ["", "ТОО"]}""", "'mention' must be a non-empty list")]
    [InlineData("""{"text": "погода", "lang": "ru", "intent": "oos", "mention": ["дожд"]}""", "out-of-scope line")]
    [InlineData("""{"text": "эцп для тоо", "intent": "get_eds", "mention": ["ТОО"]}""", "needs 'lang'")]
    public void ABadLineIsNamedByItsFileAndLine(string badLine, string reason)
    {
        var path = Write(GoodLine, "", badLine);

        var error = Assert.Throws<FormatException>(() => EvaluationSet.ReadQuestions(path));

        Assert.StartsWith($"{path}:3: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    private string Write(params string[] lines)
    {
        var path = _folder.File("questions.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
