using System.Net;
using MiniExcelLibs;

namespace ChatBot.Tests.Reports;

/// <summary>The funder's report behind the admin's console session: GET /api/operator/admin/reports.</summary>
public sealed class ReportAdminApiTests(ReportHost reports) : IClassFixture<ReportHost>
{
    private const string Html = "/admin/reports?period=2026-11&format=html";

    [Fact]
    public async Task WithoutASessionTheReportIs401()
    {
        using var response = await reports.Host.Anonymous().GetAsync(Html);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnOperatorIsRefusedTheReportWith403()
    {
        using var response = await (await reports.Host.OperatorAsync()).GetAsync(Html);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/reports?format=html", "period is required")]
    [InlineData("/admin/reports?period=2026-13&format=html", "2026-13")]
    [InlineData("/admin/reports?period=November&format=html", "November")]
    [InlineData("/admin/reports?period=2026-11", "format must be one of")]
    [InlineData("/admin/reports?period=2026-11&format=docx", "format must be one of")]
    public async Task ABadPeriodOrFormatIsA400ProblemWithTheReason(string path, string reason)
    {
        using var response = await (await reports.Host.AdminAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAdminSeesTheHtmlInlineUnderAPolicyThatRunsNoScript()
    {
        using var response = await (await reports.Host.AdminAsync()).GetAsync(Html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("default-src 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("ноябрь 2026", html);
        Assert.Contains("<h2>Опрос предпринимателей</h2>", html);
    }

    [Fact]
    public async Task AnAdminDownloadsTheWorkbookNamedAfterThePeriodWithItsSessionRows()
    {
        using var response = await (await reports.Host.AdminAsync()).GetAsync("/admin/reports?period=2026-Q4&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("report-2026-Q4.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Строки - сессии", MiniExcel.GetSheetNames(workbook));
    }
}
