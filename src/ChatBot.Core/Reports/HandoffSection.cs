namespace ChatBot.Core.Reports;

/// <summary>Handoffs requested in the period: why, how they ended, how long people waited and were helped, and how they rated it.</summary>
public sealed record HandoffSection(
    int Requested,
    IReadOnlyList<KeyCount> ByReason,
    IReadOnlyList<KeyCount> ByOutcome,
    DurationStats Wait,
    DurationStats Handling,
    IReadOnlyList<OperatorFigures> ByOperator,
    CsatFigures Csat);

/// <summary>One operator's handoffs taken (by the operator who holds or last held them).</summary>
public sealed record OperatorFigures(string Operator, int Handled, DurationStats Wait, DurationStats Handling, CsatFigures Csat);

/// <summary>Ratings 1–5: how many were given, their average, and the share of 4 and 5 in percent (CSAT).</summary>
public sealed record CsatFigures(int Rated, double? Average, double? SatisfiedPercent);
