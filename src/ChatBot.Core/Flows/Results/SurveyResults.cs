namespace ChatBot.Core.Flows.Results;

/// <summary>The figures of one survey in one period: what the results command prints and the admin API returns.</summary>
public sealed record SurveyResults(
    string Survey,
    string Period,
    int Respondents,
    int Target,
    double TargetShare,
    int Started,
    double CompletionRate,
    IReadOnlyList<StepDropOff> DropOff,
    IReadOnlyList<AnswerDistribution> Distributions,
    IReadOnlyList<StepAverage> Averages,
    NetPromoterScore? Nps,
    IReadOnlyList<CrossTab> CrossTabs,
    IReadOnlyList<FreeTextAnswer> FreeText);

/// <summary>How many respondents left at this step without completing (cancelled or still inside).</summary>
public sealed record StepDropOff(string Step, int Left, double ShareOfStarted);

public sealed record AnswerDistribution(string Step, int Answered, int Skipped, IReadOnlyList<OptionCount> Options);

public sealed record OptionCount(string Value, string LabelRu, int Count, double Share);

public sealed record StepAverage(string Step, int Answered, double Average);

/// <summary>Promoters answer 9–10, detractors 0–6; the score is their difference in percent of answers.</summary>
public sealed record NetPromoterScore(string Step, int Answered, int Promoters, int Passives, int Detractors, double Score);

/// <summary>Completed respondents by a choice step (district, sector), with each scale's average in the group.</summary>
public sealed record CrossTab(string By, IReadOnlyList<CrossTabRow> Rows);

public sealed record CrossTabRow(string Value, string LabelRu, int Respondents, IReadOnlyDictionary<string, double?> Averages);

public sealed record FreeTextAnswer(string Step, string Text, string Language);
