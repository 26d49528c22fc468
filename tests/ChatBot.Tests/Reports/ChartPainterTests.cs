using System.Text;
using ChatBot.Host.Reports.Charts;
using ChatBot.Host.Reports.Rendering;

namespace ChatBot.Tests.Reports;

public sealed class ChartPainterTests
{
    [Fact]
    public void ABarChartWithKazakhLabelsRendersAsAPngAndAnSvgWithSomethingInThem()
    {
        var chart = Bars("Оқыту форматтары", ["Онлайн оқыту", "Қаладағы семинар", "Ұлттық палата"]);

        var png = ChartPainter.Png(chart);
        var svg = ChartPainter.Svg(chart);

        Assert.True(png.Length > 2_000, $"a PNG of {png.Length} bytes");
        Assert.Equal("\u0089PNG", Encoding.Latin1.GetString(png, 0, 4));
        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.True(svg.Length > 2_000, $"an SVG of {svg.Length} characters");
    }

    [Theory]
    [InlineData("ә", "ғ")]
    [InlineData("қ", "ң")]
    [InlineData("ө", "ұ")]
    [InlineData("ү", "һ")]
    [InlineData("і", "ж")]
    public void TwoKazakhLettersAreDrawnAsTwoDifferentShapesNotTheSameMissingGlyphBox(string one, string other)
    {
        Assert.NotEqual(ChartPainter.Png(Bars(one, [one])), ChartPainter.Png(Bars(other, [other])));
    }

    [Fact]
    public void TheChosenFontHasEveryKazakhLetter()
    {
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(ChartFont.Family);

        Assert.All("әғқңөұүһіӘҒҚҢӨҰҮҺІ", letter => Assert.True(typeface.ContainsGlyph(letter), $"{ChartFont.Family} lacks {letter}"));
    }

    [Fact]
    public void TheSameChartIsTheSameBytesEachTime()
    {
        var chart = new ReportChart("by_day", "По дням", ChartKind.Line, ["1", "2", "3"], [new ChartSeries("a", [1, 5, 2]), new ChartSeries("b", [2, 2, 3])]);

        Assert.Equal(ChartPainter.Svg(chart), ChartPainter.Svg(chart));
        Assert.Equal(ChartPainter.Png(chart), ChartPainter.Png(chart));
    }

    [Fact]
    public void LyingBarsGrowTallerWithTheirCountSoThatLabelsDoNotOverlap()
    {
        var few = Bars("few", ["a", "b"]) with { Kind = ChartKind.HorizontalBars };
        var many = Bars("many", [.. Enumerable.Range(0, 30).Select(i => "тема " + i)]) with { Kind = ChartKind.HorizontalBars };

        Assert.True(ChartPainter.HeightFor(few) < ChartPainter.Height);
        Assert.True(ChartPainter.HeightFor(many) > 30 * 30);
    }

    private static ReportChart Bars(string title, string[] categories) =>
        new("test", title, ChartKind.Bars, categories, [new ChartSeries("сессий", [.. categories.Select((_, i) => 10.0 + i)])]);
}
