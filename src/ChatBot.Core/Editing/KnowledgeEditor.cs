using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Editing;

/// <summary>
/// The editors' changes to the live knowledge: each is applied to the files, validated whole as <c>chatbot check</c>
/// validates the folder, saved with its author, time and the topic before it, and followed by a retraining in the
/// background. One change at a time: each is made on the one before it.
/// </summary>
public sealed class KnowledgeEditor(ILiveKnowledgeStore store, IKnowledgeFormat format, LiveRetraining retraining, TimeProvider time) : IKnowledgeEdits
{
    private readonly Lock _gate = new();
    private (long Version, KnowledgeReading Reading)? _read;

    /// <summary>The knowledge as last saved (it may be ahead of the model while that trains or is held) and its version.</summary>
    public (KnowledgeBase Knowledge, long Version) Current
    {
        get
        {
            lock (_gate)
            {
                var (copy, reading) = Read();
                return (reading.Knowledge!, copy.Version);
            }
        }
    }

    public KnowledgeEditResult AddPhrasing(string intentId, Language language, string text, string author) =>
        Add(intentId, language, text, author, KnowledgeChangeKinds.PhrasingAdded);

    public KnowledgeEditResult AddOutOfScope(Language language, string text, string author) =>
        Add(Understanding.DecisionPolicy.OutOfScope, language, text, author, KnowledgeChangeKinds.OutOfScopeAdded);

    private KnowledgeEditResult Add(string intentId, Language language, string text, string author, string kind)
    {
        var phrasing = text.Trim();
        var result = Change(author, kind, intentId, $"{language.Code()}: {phrasing}", topic => topic is null
            ? Refusal($"there is no topic '{intentId}'")
            : topic with { Questions = Edit(topic.Questions, language, list => [.. list, phrasing]) });
        if (result.Saved)
        {
            // An editor's accepted item is a question the bot must keep answering so.
            store.AddToRegressionSet([new RegressionItem { Text = phrasing, Language = language.Code(), Intent = intentId }]);
        }

        return result;
    }

    public KnowledgeEditResult RemovePhrasing(string intentId, Language language, string text, string author) =>
        Change(author, KnowledgeChangeKinds.PhrasingRemoved, intentId, $"{language.Code()}: {text.Trim()}", topic => topic switch
        {
            null => Refusal($"there is no topic '{intentId}'"),
            _ when !topic.Questions.TryGetValue(language, out var list) || !list.Contains(text.Trim()) =>
                Refusal($"topic '{intentId}' has no {language.Code()} phrasing '{text.Trim()}'"),
            _ => topic with { Questions = Edit(topic.Questions, language, list => [.. list.Where(q => q != text.Trim())]) },
        });

    public KnowledgeEditResult SaveTopic(IntentDefinition topic, string author) =>
        Change(author, KnowledgeChangeKinds.TopicEdited, topic.Id, topic.Title.Ru, existing => topic, newKind: KnowledgeChangeKinds.TopicAdded);

    /// <summary>Puts the topic of change <paramref name="changeId"/> back as it was before it (a new topic is taken out).</summary>
    public KnowledgeEditResult Revert(long changeId, string author)
    {
        if (store.FindChange(changeId) is not { } change)
        {
            lock (_gate)
            {
                return KnowledgeEditResult.Refused($"there is no change {changeId}", Read().Copy.Version);
            }
        }

        var before = change.Before is null ? null : format.ParseTopic(change.Before);
        return Change(author, KnowledgeChangeKinds.Reverted, change.IntentId, $"#{changeId} {change.Kind}: {change.Summary}", _ => before, reverts: changeId);
    }

    /// <param name="edit">The topic after the change from the topic before it (null for a new id); null takes it out.</param>
    private KnowledgeEditResult Change(
        string author, string kind, string intentId, string summary, Func<IntentDefinition?, Edited> edit, string? newKind = null, long? reverts = null)
    {
        lock (_gate)
        {
            var (copy, reading) = Read();
            var before = reading.Knowledge!.Find(intentId);
            var edited = edit(before);
            if (edited.Refused is { } refused)
            {
                return KnowledgeEditResult.Refused(refused, copy.Version);
            }

            if (edited.Topic is { } topic && topic.Id != intentId)
            {
                return KnowledgeEditResult.Refused($"the topic's id '{topic.Id}' is not '{intentId}'", copy.Version);
            }

            var file = edited.Topic is { } after ? format.WithTopic(reading, copy.Files, after) : format.WithoutTopic(reading, copy.Files, intentId);
            var files = KnowledgeFiles.With(copy.Files, file);
            var next = format.Read(files);
            if (next.Knowledge is null)
            {
                return KnowledgeEditResult.Refused(string.Join('\n', next.Errors), copy.Version);
            }

            var saved = new LiveKnowledgeCopy
            {
                Version = copy.Version + 1,
                Edited = true,
                ShippedHash = copy.ShippedHash,
                EditedFiles = [.. copy.EditedFiles.Append(file.Path).Distinct().Order(StringComparer.Ordinal)],
                Files = files,
            };
            store.Save(saved, new KnowledgeChange
            {
                Version = saved.Version,
                At = time.GetUtcNow(),
                Author = author,
                Kind = before is null && newKind is not null ? newKind : kind,
                IntentId = intentId,
                Summary = summary,
                Before = before is null ? null : format.TopicText(before),
                After = edited.Topic is null ? null : format.TopicText(edited.Topic),
                Reverts = reverts,
            });
            _read = (saved.Version, next);
            retraining.Request(next.Knowledge, saved.Version);
            return new KnowledgeEditResult(null, saved.Version);
        }
    }

    /// <summary>The stored copy and its reading, read again only when another process or start changed it.</summary>
    private (LiveKnowledgeCopy Copy, KnowledgeReading Reading) Read()
    {
        var copy = store.Copy() ?? throw new InvalidOperationException("the live knowledge has not been seeded");
        if (_read is not { } read || read.Version != copy.Version)
        {
            var reading = format.Read(copy.Files);
            if (reading.Knowledge is null)
            {
                throw new InvalidOperationException("the live knowledge does not validate:\n" + string.Join('\n', reading.Errors));
            }

            _read = read = (copy.Version, reading);
        }

        return (copy, read.Reading);
    }

    private static IReadOnlyDictionary<Language, IReadOnlyList<string>> Edit(
        IReadOnlyDictionary<Language, IReadOnlyList<string>> questions, Language language, Func<IReadOnlyList<string>, IReadOnlyList<string>> change)
    {
        var copy = questions.ToDictionary(q => q.Key, q => q.Value);
        copy[language] = change(copy.GetValueOrDefault(language) ?? []);
        return copy;
    }

    private static Edited Refusal(string reason) => new(null, reason);

    /// <summary>The topic a change leaves, or why it may not be made.</summary>
    private sealed record Edited(IntentDefinition? Topic, string? Refused = null)
    {
        public static implicit operator Edited(IntentDefinition? topic) => new(topic);
    }
}
