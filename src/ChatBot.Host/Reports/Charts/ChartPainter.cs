using ChatBot.Host.Reports.Rendering;
using ScottPlot;

namespace ChatBot.Host.Reports.Charts;

/// <summary>
/// Draws a <see cref="ReportChart"/> with ScottPlot: SVG for the HTML report (sharp in print), PNG for the workbook
/// (spreadsheets place pictures, not vector drawings). Same chart, same data, same bytes: nothing random is drawn.
/// </summary>
public static class ChartPainter
{
    public const int Width = 760;
    public const int Height = 340;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1F6FB2"), Color.FromHex("#E58A2B"), Color.FromHex("#3C9D5D"),
        Color.FromHex("#B8433F"), Color.FromHex("#7A5BA6"), Color.FromHex("#6B7785"),
    ];

    /// <summary>The chart's SVG element, without an XML prologue, its ids numbered in order of appearance.</summary>
    public static string Svg(ReportChart chart, int width = Width, int height = Height) =>
        SvgIds.Renumbered(Plot(chart, width).GetSvgXml(width, HeightFor(chart, height)));

    public static byte[] Png(ReportChart chart, int width = Width, int height = Height) =>
        Plot(chart, width).GetImageBytes(width, HeightFor(chart, height), ImageFormat.Png);

    /// <summary>Lying bars take the height their count needs: four are short, twenty topics stay readable.</summary>
    public static int HeightFor(ReportChart chart, int height = Height) =>
        chart.Kind == ChartKind.HorizontalBars ? Math.Max(200, 80 + (chart.Categories.Count * chart.Series.Count * 34)) : height;

    private static Plot Plot(ReportChart chart, int width)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Title(chart.Title, size: 15);
        plot.Axes.Title.Label.Bold = false;
        plot.Grid.MajorLineColor = Color.FromHex("#E3E6EA");
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        switch (chart.Kind)
        {
            case ChartKind.Line:
                DrawLines(plot, chart);
                break;
            default:
                DrawBars(plot, chart, horizontal: chart.Kind == ChartKind.HorizontalBars, width);
                break;
        }

        if (chart.Series.Count > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        // The value axis in the report's convention: 25 000, not 25,000.
        var values = chart.Kind == ChartKind.HorizontalBars ? plot.Axes.Bottom : (IAxis)plot.Axes.Left;
        values.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Short, IntegerTicksOnly = true };

        return plot;
    }

    private static void DrawBars(Plot plot, ReportChart chart, bool horizontal, int width)
    {
        var groups = chart.Series.Count;
        var barWidth = 0.8 / groups;
        var bars = new List<Bar>();
        for (var s = 0; s < groups; s++)
        {
            var values = chart.Series[s].Values;
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                // Lying bars read top to bottom, so the first category is drawn highest.
                var slot = horizontal ? chart.Categories.Count - 1 - c : c;
                var position = slot - 0.4 + (barWidth * (s + 0.5));
                bars.Add(new Bar
                {
                    Position = position,
                    Value = c < values.Count ? values[c] : 0,
                    FillColor = Palette[s % Palette.Length],
                    LineWidth = 0,
                    Size = barWidth * 0.92,
                    Label = c < values.Count ? Short(values[c]) : "",
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 11;
        barPlot.ValueLabelStyle.FontName = ChartFont.Family;
        for (var s = 0; s < groups && groups > 1; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = chart.Series[s].Name, FillColor = Palette[s % Palette.Length] });
        }

        var ticks = chart.Categories
            .Select((name, c) => new Tick(horizontal ? chart.Categories.Count - 1 - c : c, name))
            .ToArray();
        var axis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        axis.MajorTickStyle.Length = 0;
        if (horizontal)
        {
            plot.Axes.Margins(left: 0, right: 0.12);
        }
        else
        {
            plot.Axes.Margins(bottom: 0, top: 0.15);
            // Turned only when the labels side by side would not fit under the bars (about 8 px a letter).
            if (chart.Categories.Sum(c => c.Length + 2) * 8 > width * 0.85)
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
                plot.Axes.Bottom.MinimumSize = 110;
            }
        }
    }

    private static void DrawLines(Plot plot, ReportChart chart)
    {
        var xs = Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var ys = chart.Series[s].Values.Take(xs.Length).ToArray();
            var line = plot.Add.Scatter(xs[..ys.Length], ys, Palette[s % Palette.Length]);
            line.LineWidth = 2.5f;
            line.MarkerSize = 6;
            line.LegendText = chart.Series[s].Name;
        }

        // Every label when they fit, else every other or third, so that thirty days do not overlap.
        var step = Math.Max(1, (int)Math.Ceiling(chart.Categories.Count / 12.0));
        var ticks = chart.Categories
            .Select((name, c) => (name, c))
            .Where(t => t.c % step == 0)
            .Select(t => new Tick(t.c, t.name))
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Margins(top: 0.15);
        plot.Axes.SetLimitsY(0, Math.Max(1, chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max() * 1.15));
    }

    private static string Short(double value) =>
        value == Math.Floor(value)
            ? value.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))
            : value.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
}
