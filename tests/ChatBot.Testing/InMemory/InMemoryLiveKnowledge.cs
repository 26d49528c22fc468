using ChatBot.Core.Editing;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteLiveKnowledge</c>: copies in and out, as documents are, so a caller's later change is not the store's.</summary>
public sealed class InMemoryLiveKnowledge : ILiveKnowledgeStore
{
    private readonly Lock _gate = new();
    private readonly List<KnowledgeChange> _changes = [];
    private readonly List<RegressionItem> _regression = [];
    private LiveKnowledgeCopy? _copy;

    public LiveKnowledgeCopy? Copy()
    {
        lock (_gate)
        {
            return _copy is null ? null : Clone(_copy);
        }
    }

    public void Save(LiveKnowledgeCopy copy, KnowledgeChange? change = null)
    {
        lock (_gate)
        {
            _copy = Clone(copy);
            if (change is not null)
            {
                change.Id = _changes.Count + 1;
                _changes.Add(Clone(change));
            }
        }
    }

    public IReadOnlyList<KnowledgeChange> Changes(string? intentId = null, int limit = 100)
    {
        lock (_gate)
        {
            return _changes.Where(c => intentId is null || c.IntentId == intentId).OrderByDescending(c => c.Id).Take(limit).Select(Clone).ToList();
        }
    }

    public KnowledgeChange? FindChange(long id)
    {
        lock (_gate)
        {
            return _changes.FirstOrDefault(c => c.Id == id) is { } change ? Clone(change) : null;
        }
    }

    public IReadOnlyList<RegressionItem> RegressionSet()
    {
        lock (_gate)
        {
            return _regression.Select(i => new RegressionItem { Id = i.Id, Text = i.Text, Language = i.Language, Intent = i.Intent }).ToList();
        }
    }

    public void AddToRegressionSet(IEnumerable<RegressionItem> items)
    {
        lock (_gate)
        {
            foreach (var item in items)
            {
                item.Id = _regression.Count + 1;
                _regression.Add(new RegressionItem { Id = item.Id, Text = item.Text, Language = item.Language, Intent = item.Intent });
            }
        }
    }

    private static LiveKnowledgeCopy Clone(LiveKnowledgeCopy copy) => new()
    {
        Id = copy.Id,
        Version = copy.Version,
        Edited = copy.Edited,
        ShippedHash = copy.ShippedHash,
        EditedFiles = [.. copy.EditedFiles],
        Files = copy.Files.Select(f => new KnowledgeFile { Path = f.Path, Text = f.Text }).ToList(),
    };

    private static KnowledgeChange Clone(KnowledgeChange change) => new()
    {
        Id = change.Id,
        Version = change.Version,
        At = change.At,
        Author = change.Author,
        Kind = change.Kind,
        IntentId = change.IntentId,
        Summary = change.Summary,
        Before = change.Before,
        After = change.After,
        Reverts = change.Reverts,
    };
}
