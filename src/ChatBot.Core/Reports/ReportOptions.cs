namespace ChatBot.Core.Reports;

/// <summary>
/// <c>ChatBot:Reports</c>: who reports and against which targets. The defaults are the contract's: 2,300 survey
/// respondents a year and 7,000 over its three years, 2,000 trainees a year and 6,000 over three, from 2026.
/// </summary>
public sealed class ReportOptions
{
    public const string Section = "ChatBot:Reports";

    public string Organisation { get; set; } = "Палата предпринимателей г. Алматы";

    /// <summary>A PNG or SVG shown on the report's first page; none when empty.</summary>
    public string? LogoPath { get; set; }

    public int ContractFirstYear { get; set; } = 2026;

    public int ContractYears { get; set; } = 3;

    public int SurveyYearTarget { get; set; } = 2300;

    public int SurveyContractTarget { get; set; } = 7000;

    public int TraineesYearTarget { get; set; } = 2000;

    public int TraineesContractTarget { get; set; } = 6000;

    /// <summary>The survey the report counts (a flow id).</summary>
    public string Survey { get; set; } = "business_climate_survey";

    /// <summary>How many topics the top list shows.</summary>
    public int TopTopics { get; set; } = 10;

    /// <summary>What is wrong with the settings, each naming its key.</summary>
    public IEnumerable<string> Problems()
    {
        var targets = new[]
        {
            (nameof(SurveyYearTarget), SurveyYearTarget), (nameof(SurveyContractTarget), SurveyContractTarget),
            (nameof(TraineesYearTarget), TraineesYearTarget), (nameof(TraineesContractTarget), TraineesContractTarget),
            (nameof(ContractYears), ContractYears), (nameof(TopTopics), TopTopics),
        };
        foreach (var (key, value) in targets.Where(t => t.Item2 < 1))
        {
            yield return $"{Section}:{key} must be a positive number, not {value}";
        }

        if (ContractFirstYear is < 2000 or > 2100)
        {
            yield return $"{Section}:ContractFirstYear must be a year such as 2026, not {ContractFirstYear}";
        }

        if (string.IsNullOrWhiteSpace(Organisation))
        {
            yield return $"{Section}:Organisation must name who reports";
        }
    }
}
