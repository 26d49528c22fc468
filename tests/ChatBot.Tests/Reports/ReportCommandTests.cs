using System.Text;
using ChatBot.Core.Reports;
using ChatBot.Core.Reports.Rendering;
using ChatBot.Core.Sessions;
using ChatBot.Host.Cli;
using ChatBot.Host.Reports;
using ChatBot.Testing;

namespace ChatBot.Tests.Reports;

/// <summary><c>chatbot report</c>: its options checked before any file is opened, and the file written with the format's renderer.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--period", "2026-13", "month 13")]
    [InlineData("--period", "Q4", "not a month")]
    [InlineData("--format", "docx", "--format 'docx' is not one of json, csv, html, xlsx, pdf")]
    [InlineData("--drill-down", "users", "--drill-down 'users' is not sessions, responses or applications")]
    [InlineData("--out", "/no/such/folder/report.json", "the folder '/no/such/folder' does not exist")]
    public async Task ABadOptionAnswersInOneLineAndExitsWithTwo(string option, string value, string reason)
    {
        var args = new Dictionary<string, string> { ["--period"] = "2026-11", ["--format"] = "json", ["--out"] = _folder.File("r.json") };
        args[option] = value;

        var (exit, error) = await Run(["report", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, exit);
        AssertOneLine(error, reason);
    }

    [Theory]
    [InlineData(new[] { "--format", "json", "--out", "r.json" }, "--period 2026-11 | 2026-Q4 | 2026, or --from")]
    [InlineData(new[] { "--period", "2026", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "json", "--out", "r.json" }, "not both")]
    [InlineData(new[] { "--from", "2026-02-01", "--to", "2026-01-31", "--format", "json", "--out", "r.json" }, "is after")]
    [InlineData(new[] { "--period", "2026" , "--out", "r.json" }, "--format is required")]
    [InlineData(new[] { "--period", "2026", "--format", "csv" }, "--out PATH is required")]
    public async Task AMissingOrContradictoryOptionSaysWhichInOneLine(string[] options, string reason)
    {
        var (exit, error) = await Run(["report", .. options]);

        Assert.Equal(2, exit);
        AssertOneLine(error, reason);
    }

    [Fact]
    public async Task AFormatNoRendererIsRegisteredForIsRefusedNamingTheAvailableOnes()
    {
        var request = new ReportRequest(ReportPeriod.Month(2026, 11), "pdf", _folder.File("r.pdf"), ReportDrillDown.None, false);

        var refusal = await Assert.ThrowsAsync<FormatException>(() => ReportFile.WriteAsync(request, new SmallReport().Builder, [new JsonReportRenderer(), new CsvReportRenderer()]));

        Assert.Equal("--format pdf is not available here; available: json, csv", refusal.Message);
        Assert.False(File.Exists(request.Out));
    }

    [Fact]
    public async Task TheDrillDownCsvHasARowPerSessionOfThePeriodInAlmatyTime()
    {
        var small = new SmallReport();
        small.Session("1", new DateOnly(2026, 11, 30), new TimeOnly(23, 30), SessionResult.NotUnderstood);
        small.Session("2", new DateOnly(2026, 12, 1), new TimeOnly(0, 10));
        var request = new ReportRequest(ReportPeriod.Month(2026, 11), "csv", _folder.File("rows.csv"), ReportDrillDown.Sessions, false);

        await ReportFile.WriteAsync(request, small.Builder, [new JsonReportRenderer(), new CsvReportRenderer()]);

        Assert.Equal(
            ["id,date,channel,language,source,topics,outcome,operator,wait_seconds,csat", $"{SessionOutcome.IdOf("telegram:1", new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero))},2026-11-30 23:30:00,telegram,ru,(none),,NotUnderstood,,,"],
            File.ReadAllLines(request.Out));
    }

    [Fact]
    public async Task TheSummaryCsvMarksEachFigureAdditiveOrNot()
    {
        var small = new SmallReport();
        small.Session("1", new DateOnly(2026, 11, 3), new TimeOnly(10, 0));
        var request = new ReportRequest(ReportPeriod.Month(2026, 11), "csv", _folder.File("summary.csv"), ReportDrillDown.None, false);

        await ReportFile.WriteAsync(request, small.Builder, [new CsvReportRenderer()]);

        var lines = File.ReadAllLines(request.Out);
        Assert.Equal("section,figure,breakdown,value,additive", lines[0]);
        Assert.Contains("sessions,sessions,,1,yes", lines);
        Assert.Contains("sessions,unique_users,,1,no", lines);
        Assert.Contains("outcomes,share_percent,AnsweredByBot,100,no", lines);
        Assert.Contains("survey,year_target,,2300,no", lines);
        Assert.Contains("trainings,contract_target,,6000,no", lines);
    }

    // Other tests may write to the console meanwhile: the line is looked for, and no stack trace anywhere.
    private static void AssertOneLine(string error, string reason)
    {
        var lines = error.Split('\n');
        Assert.StartsWith("chatbot: ", Assert.Single(lines, l => l.Contains(reason, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    private static async Task<(int Exit, string Error)> Run(string[] args)
    {
        var error = new StringWriter(new StringBuilder());
        var before = Console.Error;
        Console.SetError(TextWriter.Synchronized(error));
        try
        {
            return (await Verbs.RunAsync(args), error.ToString());
        }
        finally
        {
            Console.SetError(before);
        }
    }
}
