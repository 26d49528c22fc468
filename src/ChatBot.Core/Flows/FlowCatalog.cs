namespace ChatBot.Core.Flows;

/// <summary>The loaded flows, found by id, trigger intent or deep-link name.</summary>
public sealed class FlowCatalog(IReadOnlyList<FlowDefinition> flows)
{
    public static readonly FlowCatalog Empty = new([]);

    public IReadOnlyList<FlowDefinition> All { get; } = flows;

    public FlowDefinition? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    public FlowDefinition? ByIntent(string intentId) => All.FirstOrDefault(f => f.TriggerIntents.Contains(intentId));

    public FlowDefinition? ByDeepLink(string name) =>
        All.FirstOrDefault(f => f.DeepLinks.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase));
}
