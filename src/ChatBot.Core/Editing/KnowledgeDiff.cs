using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Editing;

/// <summary>What the live knowledge changed against the shipped folder, topic by topic.</summary>
public static class KnowledgeDiff
{
    public static IReadOnlyList<TopicDifference> Between(KnowledgeBase shipped, KnowledgeBase live, IKnowledgeFormat format)
    {
        var differences = new List<TopicDifference>();
        foreach (var intent in live.Intents)
        {
            if (shipped.Find(intent.Id) is not { } before)
            {
                differences.Add(new TopicDifference(intent.Id, TopicDifference.Added));
            }
            else if (format.TopicText(before) != format.TopicText(intent))
            {
                differences.Add(new TopicDifference(intent.Id, TopicDifference.Changed));
            }
        }

        differences.AddRange(shipped.Intents.Where(i => live.Find(i.Id) is null).Select(i => new TopicDifference(i.Id, TopicDifference.Removed)));
        return differences;
    }
}

/// <param name="Kind"><see cref="Added"/>, <see cref="Changed"/> or <see cref="Removed"/> in the live copy.</param>
public sealed record TopicDifference(string IntentId, string Kind)
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Removed = "removed";
}
