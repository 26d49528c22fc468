using ChatBot.Core.Flows.Conditions;

namespace ChatBot.Tests.Flows;

public sealed class ConditionParserTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["climate"] = "2",
        ["sector"] = "trade",
        ["barriers"] = "taxes,finance",
        ["skipped"] = "",
    };

    [Theory]
    [InlineData("climate <= 2", true)]
    [InlineData("climate < 2", false)]
    [InlineData("climate >= 3", false)]
    [InlineData("climate == 2 and sector == trade", true)]
    [InlineData("climate == 5 or sector == 'trade'", true)]
    [InlineData("not (climate == 2)", false)]
    [InlineData("sector in [trade, services]", true)]
    [InlineData("sector not in [trade, services]", false)]
    [InlineData("barriers == finance", true)]
    [InlineData("barriers in [rent, taxes]", true)]
    [InlineData("barriers != finance", false)]
    [InlineData("skipped == ''", false)]
    [InlineData("unanswered > 1", false)]
    public void ConditionsAreEvaluatedOnTheAnswers(string expression, bool expected) =>
        Assert.Equal(expected, ConditionParser.Parse(expression).Evaluate(Answers));

    [Fact]
    public void TheStepsAConditionReadsAreListed() =>
        Assert.Equal(["climate", "sector"], ConditionParser.Parse("climate <= 2 and (sector in [a, b] or not climate == 1)").Steps().Distinct());

    [Theory]
    [InlineData("climate = 2")]
    [InlineData("climate <=")]
    [InlineData("climate in [a, b")]
    [InlineData("(climate == 2")]
    [InlineData("climate == 2 sector")]
    [InlineData("System.IO.File.Delete('x')")]
    [InlineData("climate == 2; drop")]
    public void MalformedConditionsAreRejected(string expression) =>
        Assert.Throws<FormatException>(() => ConditionParser.Parse(expression));
}
