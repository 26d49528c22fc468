using ChatBot.Core.Flows;

namespace ChatBot.Core.Campaigns;

/// <summary>
/// Whether a survey takes answers now and for which period. A flow that never had a campaign is always open and
/// counts calendar periods (a new installation still offers its survey); otherwise its latest campaign decides.
/// </summary>
public sealed record SurveyWindow(bool IsOpen, string Period, Campaign? Campaign)
{
    public static SurveyWindow Of(FlowDefinition flow, ICampaigns campaigns, DateTimeOffset now) =>
        Latest(campaigns, flow.Id) is { } latest
            ? new SurveyWindow(latest.IsOpen, latest.Period, latest)
            : new SurveyWindow(true, FlowPeriods.Of(flow.OncePer, now), null);

    /// <summary>The open campaign of a flow, else the one closed last; null when it never had one.</summary>
    public static Campaign? Latest(ICampaigns campaigns, string flowId) =>
        campaigns.Of(flowId) is { Count: > 0 } all ? all.FirstOrDefault(c => c.IsOpen) ?? all[0] : null;
}
