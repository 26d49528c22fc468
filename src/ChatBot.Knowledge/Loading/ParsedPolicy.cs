using ChatBot.Core.Knowledge;

namespace ChatBot.Knowledge.Loading;

/// <summary>What policy.yaml holds: how sure the classifier must be, and how soon a person helps.</summary>
internal sealed record ParsedPolicy(DecisionThresholds Thresholds, HandoffCounts Handoff);
