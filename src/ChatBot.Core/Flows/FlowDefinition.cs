using ChatBot.Core.Flows.Conditions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Flows;

/// <summary>One flow as loaded from dialogs/*.yaml: a survey, an enrollment form.</summary>
/// <param name="OnComplete">The <see cref="IFlowAction"/> that acts on the answers at the end (e.g. <c>enroll</c>).</param>
public sealed record FlowDefinition(
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText Intro,
    LocalizedText Done,
    IReadOnlyList<string> TriggerIntents,
    IReadOnlyList<string> DeepLinks,
    FlowPeriod OncePer,
    bool InMenu,
    int TargetPerPeriod,
    IReadOnlyList<FlowStepDefinition> Steps,
    string? OnComplete = null)
{
    public FlowStepDefinition? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);

    public int IndexOf(string stepId) => Steps.ToList().FindIndex(s => s.Id == stepId);
}

/// <summary>How often one respondent may complete a flow.</summary>
public enum FlowPeriod
{
    Unlimited,
    Year,
    Month,
}

public enum StepType
{
    Choice,
    MultiChoice,
    Scale,
    Number,
    Text,
    Phone,
    Email,
    Iin,
    Bin,
    Date,
    Consent,
    Confirm,

    /// <summary>Documents and photos, sent one by one until "Готово"; a channel that carries no files passes it over.</summary>
    Files,
}

/// <summary>One question of a flow, with what it accepts.</summary>
/// <param name="Profile">The answer may be known before the flow asks (a returning user's details): offered for review, not asked again.</param>
/// <param name="Label">A short name of the answer for summaries ("Телефон: +7 701 ...").</param>
public sealed record FlowStepDefinition(
    string Id,
    StepType Type,
    LocalizedText Prompt,
    IReadOnlyList<FlowOption> Options,
    bool Optional,
    Condition? When,
    double? Min,
    double? Max,
    int? MaxChoices,
    LocalizedText? MinLabel,
    LocalizedText? MaxLabel,
    System.Text.RegularExpressions.Regex? Pattern,
    LocalizedText? PatternError,
    bool Personal,
    bool StopIfDeclined,
    bool Profile = false,
    LocalizedText? Label = null)
{
    /// <summary>Option or scale buttons; steps such as text or phone have none.</summary>
    public bool HasButtons => Type is StepType.Choice or StepType.MultiChoice or StepType.Scale or StepType.Consent or StepType.Confirm;
}

/// <summary>An option of a choice: the stored value and the label shown.</summary>
public sealed record FlowOption(string Value, LocalizedText Label);
