using ChatBot.Core.Flows;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>Where a fuzzed conversation stands when the inputs begin: outside any flow, at a step of a flow, or at a returning user's review.</summary>
internal sealed record FuzzPosition(FlowDefinition? Flow, string? StepId, bool Returning = false)
{
    public static FuzzPosition Outside { get; } = new(null, null);

    /// <summary>
    /// Outside, every step of every flow that <paramref name="channel"/> is asked, and the review of known answers of
    /// every flow that keeps them. A files step is skipped on a channel that takes no files, so it is no position there.
    /// </summary>
    public static IReadOnlyList<FuzzPosition> All(FlowCatalog flows, string channel) =>
    [
        Outside,
        .. flows.All.SelectMany(flow => flow.Steps
            .Where(step => step.Type != StepType.Files || Core.Messages.Channels.TakesFiles(channel))
            .Select(step => new FuzzPosition(flow, step.Id))),
        .. flows.All.Where(flow => flow.Steps.Any(s => s.Profile)).Select(flow => new FuzzPosition(flow, null, Returning: true)),
    ];

    public override string ToString() => Flow switch
    {
        null => "outside any flow",
        _ when Returning => $"flow '{Flow.Id}', the review of a returning user's known answers",
        _ => $"flow '{Flow.Id}', step '{StepId}'",
    };
}
