using System.Text.Json;
using ChatBot.Core.Flows;
using ChatBot.Host.Cli;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using MiniExcelLibs;

namespace ChatBot.Tests.Flows;

/// <summary><c>chatbot survey results</c> on a real database file, in json, csv and xlsx.</summary>
public sealed class SurveyCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SurveyCommandTests()
    {
        using var database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), "cli-password");
        new LiteFlowResponses(database).Insert(Enumerable.Range(0, 3).Select(i => new FlowResponse
        {
            Id = "r" + i,
            FlowId = SurveyScript.Id,
            Version = "2026.1",
            Period = "2026",
            Status = i < 2 ? FlowResponseStatus.Completed : FlowResponseStatus.Cancelled,
            LastStepId = i < 2 ? "contact_consent" : "climate",
            Answers = new() { ["district"] = "medeu", ["sector"] = "trade", ["climate"] = "4", ["recommend"] = (9 + i).ToString() },
        }));
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task TheResultsCommandWritesTheFiguresInEachFormat(string format)
    {
        var output = _folder.File("results." + format);
        var exit = await Verbs.RunAsync(
        [
            "survey", "results", "--survey", SurveyScript.Id, "--period", "2026", "--format", format, "--out", output,
            "--ChatBot:DataDir=" + _folder.Path, "--ChatBot:DatabasePassword=cli-password",
            "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge, "--ChatBot:DialogsDir=" + RepositoryPaths.Dialogs,
        ]);

        Assert.Equal(0, exit);
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(File.ReadAllText(output)))
                {
                    Assert.Equal(2, json.RootElement.GetProperty("respondents").GetInt32());
                    Assert.Equal(3, json.RootElement.GetProperty("started").GetInt32());
                    Assert.Equal(100.0, json.RootElement.GetProperty("nps").GetProperty("score").GetDouble());
                }

                break;
            case "csv":
                var lines = File.ReadAllLines(output);
                Assert.Contains("summary,,respondents,,2", lines);
                Assert.Contains("drop_off,climate,left,,1", lines);
                break;
            default:
                var summary = MiniExcel.Query(output, useHeaderRow: true, sheetName: "summary").Cast<IDictionary<string, object>>().ToList();
                Assert.Equal(2.0, Convert.ToDouble(summary.Single(r => (string)r["figure"] == "respondents")["value"]));
                Assert.Contains("by_district", MiniExcel.GetSheetNames(output));
                break;
        }
    }

    [Theory]
    [InlineData("--period", "26")]
    [InlineData("--format", "pdf")]
    public async Task BadOptionsExitWithTwo(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--survey"] = SurveyScript.Id, ["--period"] = "2026", ["--format"] = "json" };
        args[option] = value;
        Assert.Equal(2, await Verbs.RunAsync(["survey", "results", .. args.SelectMany(a => new[] { a.Key, a.Value })]));
    }
}
