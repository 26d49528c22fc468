namespace ChatBot.Core.Editing;

/// <summary>The live knowledge in the data folder: the copy, its history of changes, and the regression set.</summary>
public interface ILiveKnowledgeStore
{
    /// <summary>The copy, or null before the first start seeded it.</summary>
    LiveKnowledgeCopy? Copy();

    /// <summary>Replaces the copy and records <paramref name="change"/> (its id is set) in one transaction.</summary>
    void Save(LiveKnowledgeCopy copy, KnowledgeChange? change = null);

    /// <summary>The changes, newest first; only those of <paramref name="intentId"/> when given.</summary>
    IReadOnlyList<KnowledgeChange> Changes(string? intentId = null, int limit = 100);

    KnowledgeChange? FindChange(long id);

    /// <summary>The regression set, in the order it was added.</summary>
    IReadOnlyList<RegressionItem> RegressionSet();

    void AddToRegressionSet(IEnumerable<RegressionItem> items);
}
