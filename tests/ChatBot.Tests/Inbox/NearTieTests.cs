using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Tests.Inbox;

/// <summary>A near tie is the second topic within the policy's margin of the first, not any clarification.</summary>
public sealed class NearTieTests
{
    private static readonly DecisionThresholds Thresholds = new(Accept: 0.5, Margin: 0.1, Suggest: 0.1);

    [Theory]
    [InlineData(0.40, 0.35, true)]
    [InlineData(0.30, 0.21, true)]
    [InlineData(0.40, 0.30, false)]
    [InlineData(0.45, 0.12, false)]
    public void TheSecondWithinTheMarginOfTheFirstIsANearTie(double first, double second, bool tie) =>
        Assert.Equal(tie, NearTie.Between([new IntentScore("a", first), new IntentScore("b", second)], Thresholds));

    [Fact]
    public void OneSuggestionAloneIsNoTie() =>
        Assert.False(NearTie.Between([new IntentScore("a", 0.3)], Thresholds));
}
