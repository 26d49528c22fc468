using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Results;
using ChatBot.Testing;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Flows;

public sealed class SurveyResultsTests : IDisposable
{
    private static readonly string[] Districts = ["alatau", "almaly", "auezov", "bostandyk", "zhetysu", "medeu", "nauryzbay", "turksib"];
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void ASmallSetMatchesTheHandComputation()
    {
        _bot.InsertResponses(
        [
            Completed("medeu", "trade", climate: 4, recommend: 10, barriers: "taxes,finance", suggestion: "меньше проверок"),
            Completed("medeu", "it", climate: 2, recommend: 9, barriers: "taxes"),
            Completed("almaly", "trade", climate: 5, recommend: 7, barriers: "rent"),
            Completed("turksib", "trade", climate: 1, recommend: 3, barriers: "taxes"),
            Left(FlowResponseStatus.Cancelled, "climate"),
            Left(FlowResponseStatus.InProgress, "sector"),
            Left(FlowResponseStatus.Restarted, "size"),
        ]);

        var results = SurveyResultsCalculator.Compute(Survey, "2026", _bot.FlowResponses.InPeriod(Id, "2026"));

        Assert.Equal(4, results.Respondents);
        Assert.Equal(2300, results.Target);
        Assert.Equal(6, results.Started); // the restarted pass is replaced by its new one
        Assert.Equal(0.6667, results.CompletionRate);
        Assert.Equal(1, results.DropOff.Single(d => d.Step == "climate").Left);
        Assert.Equal(1, results.DropOff.Single(d => d.Step == "sector").Left);
        Assert.Equal(0, results.DropOff.Single(d => d.Step == "size").Left);

        // NPS: promoters 10 and 9, passive 7, detractor 3: (2 - 1) / 4 = 25 %.
        Assert.Equal(new NetPromoterScore("recommend", 4, 2, 1, 1, 25.0), results.Nps);
        Assert.Equal(3.0, results.Averages.Single(a => a.Step == "climate").Average); // (4 + 2 + 5 + 1) / 4
        var barriers = results.Distributions.Single(d => d.Step == "barriers").Options;
        Assert.Equal(3, barriers.Single(o => o.Value == "taxes").Count);
        Assert.Equal(1, barriers.Single(o => o.Value == "finance").Count);
        Assert.Equal(0, barriers.Single(o => o.Value == "staff").Count);

        var medeu = results.CrossTabs.Single(t => t.By == "district").Rows.Single(r => r.Value == "medeu");
        Assert.Equal(2, medeu.Respondents);
        Assert.Equal(3.0, medeu.Averages["climate"]);
        var trade = results.CrossTabs.Single(t => t.By == "sector").Rows.Single(r => r.Value == "trade");
        Assert.Equal(3, trade.Respondents);
        Assert.Equal(3.33, trade.Averages["climate"]); // (4 + 5 + 1) / 3
        Assert.Equal(new FreeTextAnswer("suggestion", "меньше проверок", "ru"), Assert.Single(results.FreeText));
    }

    [Fact]
    public void TwoThousandThreeHundredGeneratedResponsesReachTheTarget()
    {
        // recommend = i mod 11: value 0 is given 210 times, 1..10 209 times each.
        var completed = Enumerable.Range(0, 2300).Select(i => Completed(
            Districts[i % 8], i % 2 == 0 ? "trade" : "services", climate: 1 + (i % 5), recommend: i % 11, barriers: "taxes"));
        var cancelled = Enumerable.Range(0, 200).Select(_ => Left(FlowResponseStatus.Cancelled, "barriers"));
        _bot.InsertResponses(completed.Concat(cancelled));

        var results = SurveyResultsCalculator.Compute(Survey, "2026", _bot.FlowResponses.InPeriod(Id, "2026"));

        Assert.Equal(2300, results.Respondents);
        Assert.Equal(1.0, results.TargetShare);
        Assert.Equal(0.92, results.CompletionRate); // 2300 / 2500
        Assert.Equal(200, results.DropOff.Single(d => d.Step == "barriers").Left);
        Assert.Equal(200, results.DropOff.Sum(d => d.Left));

        // Promoters 2 * 209 = 418; detractors 210 + 6 * 209 = 1464; NPS = (418 - 1464) / 2300 = -45.5 %.
        Assert.Equal(new NetPromoterScore("recommend", 2300, 418, 418, 1464, -45.5), results.Nps);
        Assert.Equal(3.0, results.Averages.Single(a => a.Step == "climate").Average);
        var districts = results.CrossTabs.Single(t => t.By == "district").Rows;
        Assert.Equal([288, 288, 288, 288, 287, 287, 287, 287], districts.Select(r => r.Respondents));
        Assert.All(results.Distributions, d => Assert.True(d.Options.Sum(o => o.Count) >= d.Answered, d.Step));
        Assert.Equal(2300, results.Distributions.Single(d => d.Step == "district").Options.Sum(o => o.Count));
    }

    private static FlowResponse Completed(string district, string sector, int climate, int recommend, string barriers, string? suggestion = null)
    {
        var answers = new Dictionary<string, string>
        {
            ["sector"] = sector,
            ["size"] = "micro",
            ["district"] = district,
            ["years"] = "5",
            ["climate"] = climate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["barriers"] = barriers,
            ["recommend"] = recommend.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["suggestion"] = suggestion ?? "",
        };
        return Response(FlowResponseStatus.Completed, "contact_consent", answers);
    }

    private static FlowResponse Left(FlowResponseStatus status, string step) => Response(status, step, new() { ["sector"] = "trade" });

    private static FlowResponse Response(FlowResponseStatus status, string lastStep, Dictionary<string, string> answers) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        FlowId = Id,
        Version = "2026.1",
        Period = "2026",
        Channel = "test",
        Language = "ru",
        Status = status,
        LastStepId = lastStep,
        Answers = answers,
    };
}
