namespace ChatBot.Host.Reports.Rendering;

/// <summary>
/// A report as its readers see it: titled sections of key figures, tables and charts, and the drill-down tables that
/// back every number. The HTML, XLSX and PDF renderers draw this and nothing else, so each says the same thing.
/// </summary>
public sealed record ReportDocument(
    string Title,
    string PeriodLabel,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportTable> DrillDowns);

/// <summary>One part of the report (sessions, outcomes, survey...): a page of its own when printed, a sheet in the workbook.</summary>
/// <param name="Key">A short Latin name for the sheet and the anchor (<c>outcomes</c>).</param>
public sealed record ReportSection(string Key, string Title, IReadOnlyList<ReportBlock> Blocks);

/// <summary>What a section is made of, in reading order.</summary>
public abstract record ReportBlock;

/// <summary>A few headline numbers shown large, each with a line under it (a target, a trend).</summary>
public sealed record KeyFigures(IReadOnlyList<KeyFigure> Items) : ReportBlock;

public sealed record KeyFigure(string Label, string Value, string? Note = null);

/// <summary>A sentence of explanation, or a notice that a part has no data for the period.</summary>
public sealed record ReportNote(string Text) : ReportBlock;

/// <summary>A table; its cells keep their numbers (the workbook wants numbers), its columns say how to show them.</summary>
/// <param name="Key">A short Latin name, used for the drill-down sheet's name.</param>
public sealed record ReportTable(string Key, string Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
    : ReportBlock;

public sealed record ReportColumn(string Title, ColumnKind Kind = ColumnKind.Text);

public enum ColumnKind
{
    Text,
    Count,

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    Share,

    /// <summary>A measure with one decimal (minutes, an average score).</summary>
    Decimal,
}

/// <summary>A bar or line chart: one value per category in each series.</summary>
public sealed record ReportChart(string Key, string Title, ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
    : ReportBlock;

public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

public enum ChartKind
{
    /// <summary>Upright bars, for a few short categories (channels, months).</summary>
    Bars,

    /// <summary>Bars lying down, for long labels (topics, survey answers).</summary>
    HorizontalBars,

    /// <summary>A line over time (days of a month, months of a year).</summary>
    Line,
}
