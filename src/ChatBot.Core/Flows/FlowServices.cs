namespace ChatBot.Core.Flows;

/// <summary>What the engine needs to run flows: the definitions, who already completed them, and the survey campaigns.</summary>
public sealed record FlowServices(FlowCatalog Catalog, IFlowResponses Responses, Campaigns.ICampaigns? Campaigns = null);
