namespace ChatBot.Core.Flows;

/// <summary>What the engine needs to run flows: the definitions, who already completed them, the survey campaigns, and the actions flows name.</summary>
public sealed record FlowServices(
    FlowCatalog Catalog, IFlowResponses Responses, Campaigns.ICampaigns Campaigns, IReadOnlyList<IFlowAction>? Actions = null)
{
    public IFlowAction? Action(string? name) => name is null ? null : Actions?.FirstOrDefault(a => a.Name == name);
}
