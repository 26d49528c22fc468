namespace ChatBot.Core.Flows;

/// <summary>What the engine needs to run flows: the definitions and who already completed them.</summary>
public sealed record FlowServices(FlowCatalog Catalog, IFlowResponses Responses);
