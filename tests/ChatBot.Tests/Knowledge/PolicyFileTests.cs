using ChatBot.Core.Knowledge;
using ChatBot.Knowledge.Loading;

namespace ChatBot.Tests.Knowledge;

/// <summary>knowledge/policy.yaml: the decision thresholds and how soon a person takes over.</summary>
public sealed class PolicyFileTests : IDisposable
{
    private const string Thresholds = "thresholds:\n  accept: 0.6\n  margin: 0.0\n  suggest: 0.1\n";

    private readonly KnowledgeFixture _fixture = new();

    public PolicyFileTests() => _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void TheShippedPolicyStatesTheCountsAndTheOneWordThresholdTheCodeHeld()
    {
        var knowledge = Testing.SharedModel.Knowledge;

        Assert.Equal(new HandoffCounts(WrongAnswers: 3, Misunderstandings: 2), knowledge.Handoff);
        Assert.Equal(0.005, knowledge.Thresholds.OneWordTopic);
    }

    [Fact]
    public void APolicyWrittenBeforeTheCountsMovedThereLoadsWithTheValuesTheCodeHeld()
    {
        _fixture.WithText("policy.yaml", Thresholds);

        var knowledge = KnowledgeLoader.Load(_fixture.Root).Knowledge!;

        Assert.Equal(HandoffCounts.Default, knowledge.Handoff);
        Assert.Equal(new HandoffCounts(3, 2), HandoffCounts.Default);
        Assert.Equal(0.005, knowledge.Thresholds.OneWordTopic);
    }

    [Fact]
    public void TheCountsAndTheOneWordThresholdAreReadFromThePolicy()
    {
        _fixture.WithText("policy.yaml", Thresholds + "  one_word_topic: 0.02\nhandoff:\n  wrong_answers: 5\n  misunderstandings: 1\n");

        var knowledge = KnowledgeLoader.Load(_fixture.Root).Knowledge!;

        Assert.Equal(new HandoffCounts(5, 1), knowledge.Handoff);
        Assert.Equal(0.02, knowledge.Thresholds.OneWordTopic);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("twice")]
    public void ACountThatIsNotAWholeNumberOfAtLeastOneIsReportedAtItsLine(string count)
    {
        _fixture.WithText("policy.yaml", Thresholds + $"handoff:\n  wrong_answers: 3\n  misunderstandings: {count}\n");

        Assert.Equal($"knowledge/policy.yaml:7: 'misunderstandings' must be a whole number of at least 1, not '{count}'", Error());
    }

    [Fact]
    public void AOneWordThresholdOutsideZeroToOneIsReportedAtItsLine()
    {
        _fixture.WithText("policy.yaml", Thresholds + "  one_word_topic: 5\n");

        Assert.Equal("knowledge/policy.yaml:5: 'one_word_topic' must be a number from 0 to 1, not '5'", Error());
    }

    [Fact]
    public void AHandoffSectionThatIsNotAMappingIsReported()
    {
        _fixture.WithText("policy.yaml", Thresholds + "handoff: 3\n");

        Assert.Equal("knowledge/policy.yaml:5: 'handoff' must be a mapping", Error());
    }

    private string Error()
    {
        var result = KnowledgeLoader.Load(_fixture.Root);
        Assert.Null(result.Knowledge);
        return Assert.Single(result.Errors).ToString();
    }
}
