using ChatBot.Core.Flows.Results;

namespace ChatBot.Core.Reports;

/// <summary>
/// The yearly survey: respondents (completed in the period) against the yearly and the contract's targets, and what
/// the completed responses of the period say.
/// </summary>
public sealed record SurveySection(
    string Survey,
    int Started,
    int Respondents,
    double CompletionPercent,
    TargetProgress Year,
    TargetProgress Contract,
    IReadOnlyList<StepDropOff> DropOff,
    IReadOnlyList<AnswerDistribution> Distributions,
    SurveyCrossTab DistrictBySector,
    NetPromoterScore? Nps);

/// <summary>Completed respondents by two choice steps: one cell per pair of options, rows then columns in option order.</summary>
public sealed record SurveyCrossTab(string Rows, string Columns, IReadOnlyList<CrossTabCell> Cells);

public sealed record CrossTabCell(string Row, string Column, int Respondents);
