namespace ChatBot.Core.Reports;

/// <summary>
/// One number of a report, flattened: its section, its name, the value of the breakdown it belongs to (a channel, an
/// operator; empty for the total) and whether it adds up across periods. The CSV summary is the list of these.
/// </summary>
public sealed record ReportFigure(string Section, string Name, string Breakdown, double Value, Additivity Additivity);
