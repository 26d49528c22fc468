using System.Text.RegularExpressions;
using ChatBot.Host.Reports.Html;
using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Tests.Reports;

public sealed partial class HtmlReportTests
{
    private static readonly ReportBranding Branding = new("Палата предпринимателей г. Алматы", new ReportLogo([0x89, 0x50, 0x4E, 0x47], "image/png"));

    [Fact]
    public void TheReportIsOneFileThatFetchesNothing()
    {
        var html = HtmlReport.Render(SampleDocument.Create(), Branding);

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<img src=\"data:image/png;base64,iVBORw==\"", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void EachSectionHasItsHeadingItsTablesAndItsChartsAsInlineSvg()
    {
        var html = HtmlReport.Render(SampleDocument.Create(), Branding);

        Assert.Contains("<h2>Обращения</h2>", html);
        Assert.Contains("<h2>Темы</h2>", html);
        Assert.Equal(3, Regex.Count(html, "<figure class=\"chart\""));
        Assert.Equal(3, Regex.Count(html, "<svg viewBox="));
        Assert.Contains("<td class=\"n\">74,8 %</td>", html);
        Assert.Contains("Палата предпринимателей г. Алматы", html);
    }

    [Fact]
    public void NoTwoChartsOnThePageShareAnId()
    {
        var html = HtmlReport.Render(SampleDocument.Create(), Branding);

        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void TheSameDataGivesTheSameFileApartFromItsGenerationTime()
    {
        var first = HtmlReport.Render(SampleDocument.Create(SampleDocument.GeneratedAt), Branding);
        var later = HtmlReport.Render(SampleDocument.Create(SampleDocument.GeneratedAt.AddHours(3)), Branding);

        Assert.Equal(Lines(first).Count, Lines(later).Count);
        Assert.Single(Lines(first).Zip(Lines(later)), pair => pair.First != pair.Second);
    }

    [Fact]
    public void TextFromDataIsEncodedNotRunAsMarkup()
    {
        var document = SampleDocument.Create() with { PeriodLabel = "<script>alert(1)</script>" };

        var html = HtmlReport.Render(document, new ReportBranding("A & B <i>"));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("A &amp; B &lt;i&gt;", html);
    }

    [Fact]
    public void ItPrintsToA4WithEachSectionOnANewPageAndNoRowSplit()
    {
        var html = HtmlReport.Render(SampleDocument.Create(), Branding);

        Assert.Contains("@page { size: A4", html);
        Assert.Contains("break-before: page", html);
        Assert.Contains("tr { break-inside: avoid", html);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
