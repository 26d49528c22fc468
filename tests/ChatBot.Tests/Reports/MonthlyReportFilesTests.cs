using ChatBot.Core.Reports;
using ChatBot.Host.Reports;
using ChatBot.Host.Reports.Html;
using ChatBot.Host.Reports.Xlsx;
using ChatBot.Testing;
using ChatBot.Testing.Reports;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Reports;

public sealed class MonthlyReportFilesTests : IDisposable
{
    private readonly TemporaryFolder _data = new();
    private readonly List<ReportPeriod> _built = [];

    // 30 November 2026, 23:30 in Almaty (UTC+5); an hour on it is the first look of December.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero));

    public MonthlyReportFilesTests() => _time.Advance(TimeSpan.FromHours(1));

    [Fact]
    public async Task OnTheFirstOfTheMonthInAlmatyLastMonthsHtmlXlsxAndJsonAreWritten()
    {
        var written = await Files().WriteMissingAsync();

        Assert.Equal(["2026-11.html", "2026-11.xlsx", "2026-11.json"], written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 0));
        Assert.Equal([ReportPeriod.Month(2026, 11)], _built);
        Assert.Empty(Directory.EnumerateFiles(Files().Folder, "*.partial"));
    }

    [Fact]
    public void At2330AlmatyOnTheLastDayOfAMonthItIsStillThatMonthSoThePreviousIsReported()
    {
        var lastEvening = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(ReportPeriod.Month(2026, 10), new MonthlyReportFiles(null, [], lastEvening, _data.Path).LastMonth());
        Assert.Equal(ReportPeriod.Month(2026, 11), Files().LastMonth());
    }

    [Fact]
    public async Task ALaterLookFindsTheFilesThereAndWritesNothing()
    {
        await Files().WriteMissingAsync();
        var html = Path.Combine(Files().Folder, "2026-11.html");
        File.WriteAllText(html, "as sent to the funder");
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await Files().WriteMissingAsync());
        Assert.Equal("as sent to the funder", File.ReadAllText(html));
        Assert.Single(_built);
    }

    [Fact]
    public async Task AServiceThatWasDownOnTheFirstCatchesUpTheMissingFileAtItsNextStart()
    {
        await Files().WriteMissingAsync();
        File.Delete(Path.Combine(Files().Folder, "2026-11.xlsx"));
        _time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(["2026-11.xlsx"], (await Files().WriteMissingAsync()).Select(Path.GetFileName));
    }

    [Fact]
    public async Task InJanuaryTheReportIsOfDecemberOfTheYearBefore()
    {
        _time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var written = await Files().WriteMissingAsync();

        Assert.Contains(written, path => Path.GetFileName(path) == "2026-12.html");
    }

    public void Dispose() => _data.Dispose();

    private MonthlyReportFiles Files() => new(
        (period, _, _) =>
        {
            _built.Add(period);
            return SampleFunderReport.Create(period);
        },
        [new HtmlReportRenderer(), new XlsxReportRenderer(), new JsonStandIn()],
        _time,
        _data.Path);

    // The JSON renderer is the report builder's; a stand-in keeps these tests to the job's own rules.
    private sealed class JsonStandIn : IReportRenderer
    {
        public string Format => "json";

        public string ContentType => "application/json";

        public string Extension => ".json";

        public Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default) =>
            output.WriteAsync("{}"u8.ToArray(), cancellationToken).AsTask();
    }
}
