using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Reports;
using ChatBot.Core.Reports.Rendering;
using ChatBot.Testing.Reports;
using Xunit.Abstractions;

namespace ChatBot.Tests.Reports;

/// <summary>A report built again on the same data is the same, byte for byte, apart from when it was generated; and it is quick.</summary>
public sealed partial class ReproducibleReportTests(GeneratedYearFixture generated, ITestOutputHelper output) : IClassFixture<GeneratedYearFixture>
{
    [Fact]
    public async Task TheSameDataGivesByteIdenticalJsonApartFromTheGenerationTime()
    {
        var year = ReportPeriod.Year(GeneratedYear.Year);
        var first = await Json(generated.Builder(GeneratedYear.ReportedAt).Build(year, full: true, ReportDrillDown.Sessions));
        var second = await Json(generated.Builder(GeneratedYear.ReportedAt.AddHours(3)).Build(year, full: true, ReportDrillDown.Sessions));

        Assert.NotEqual(first, second);
        Assert.Equal(GenerationTime().Replace(first, ""), GenerationTime().Replace(second, ""));
        var differing = first.Split('\n').Zip(second.Split('\n')).Where(pair => pair.First != pair.Second).ToList();
        Assert.Contains("generatedAt", Assert.Single(differing).First, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameDataGivesByteIdenticalCsv()
    {
        var year = ReportPeriod.Quarter(GeneratedYear.Year, 4);

        Assert.Equal(await Csv(generated.Builder().Build(year)), await Csv(generated.Builder(GeneratedYear.ReportedAt.AddDays(1)).Build(year)));
    }

    [Fact]
    public async Task AYearsReportIsBuiltAndWrittenInSeconds()
    {
        var builder = generated.Builder();
        var year = ReportPeriod.Year(GeneratedYear.Year);
        builder.Build(ReportPeriod.Month(GeneratedYear.Year, 1));

        var clock = Stopwatch.StartNew();
        var report = builder.Build(year);
        var built = clock.Elapsed;
        var json = await Json(report);
        var withRows = builder.Build(year, drillDown: ReportDrillDown.Sessions);
        var csv = await Csv(withRows);
        clock.Stop();

        output.WriteLine(
            $"year {year}: {report.Sessions.Sessions:N0} sessions, {report.Survey.Started:N0} responses, {report.Trainings.Held} trainings; " +
            $"built in {built.TotalSeconds:0.00} s; with JSON, the rows and their CSV ({json.Length / 1024:N0} KB + {csv.Length / 1024:N0} KB) {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(report.Sessions.Sessions, withRows.Rows!.Sessions.Count);
    }

    private static async Task<string> Json(FunderReport report)
    {
        using var stream = new MemoryStream();
        await new JsonReportRenderer().RenderAsync(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<string> Csv(FunderReport report)
    {
        using var stream = new MemoryStream();
        await new CsvReportRenderer().RenderAsync(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [GeneratedRegex("\"generatedAt\": \"[^\"]*\"")]
    private static partial Regex GenerationTime();
}
