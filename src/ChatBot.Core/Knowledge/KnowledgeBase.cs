namespace ChatBot.Core.Knowledge;

/// <summary>Everything the bot knows and says, loaded and validated from knowledge/.</summary>
public sealed class KnowledgeBase(
    IReadOnlyList<IntentDefinition> intents,
    TextCatalog texts,
    DecisionThresholds thresholds,
    HandoffCounts handoff,
    Words words,
    FollowUpRules? followUps = null)
{
    private readonly Dictionary<string, IntentDefinition> _byId = intents.ToDictionary(i => i.Id);

    public IReadOnlyList<IntentDefinition> Intents { get; } = intents;

    public TextCatalog Texts { get; } = texts;

    public DecisionThresholds Thresholds { get; } = thresholds;

    public HandoffCounts Handoff { get; } = handoff;

    /// <summary>The words typed instead of pressing a button (yes, back, skip, ...).</summary>
    public Words Words { get; } = words;

    /// <summary>How a short message after an answer is read as about that answer's topic.</summary>
    public FollowUpRules FollowUps { get; } = followUps ?? FollowUpRules.None;

    /// <summary>FAQ categories in the order they first appear, for the menu.</summary>
    public IReadOnlyList<string> Categories { get; } =
        intents.Where(i => !i.IsSystem).Select(i => i.Category).Distinct().ToList();

    public IntentDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<IntentDefinition> InCategory(string category) =>
        Intents.Where(i => !i.IsSystem && i.Category == category);
}
