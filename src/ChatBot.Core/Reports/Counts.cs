namespace ChatBot.Core.Reports;

/// <summary>A count under a key (a reason, a format, a topic); lists of them are ordered by key unless said otherwise.</summary>
public sealed record KeyCount(string Key, int Count);

/// <summary>Sessions (additive) and unique users (not additive) of one channel, language or source.</summary>
public sealed record SessionCount(string Key, int Sessions, int UniqueUsers);

/// <summary>How many of the measured durations there were, and their median and 90th percentile in seconds.</summary>
public sealed record DurationStats(int Measured, double? MedianSeconds, double? P90Seconds);

/// <summary>
/// Progress against a target: the period's own count, and the count to date (since the start of the year, or of the
/// contract) with its share of the target in percent.
/// </summary>
public sealed record TargetProgress(int Target, int InPeriod, double PeriodPercent, int ToDate, double ToDatePercent);
