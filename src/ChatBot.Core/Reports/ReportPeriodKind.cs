namespace ChatBot.Core.Reports;

/// <summary>What a report covers: the three the funder asks for, or any range of days.</summary>
public enum ReportPeriodKind
{
    Month,
    Quarter,
    Year,
    Range,
}
