using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Host.Composition;
using ChatBot.Knowledge.Loading;
using ChatBot.Knowledge.Writing;
using ChatBot.Nlu.Evaluation;

namespace ChatBot.Host.Editing;

/// <summary>
/// Which knowledge the service answers from. The shipped folder is validated first, as before. The live copy in the
/// data folder is seeded from it on the first start and follows it while no editor has changed anything; once edited,
/// the live copy is kept, and the start says in the log which topics differ from the shipped folder (docs/editors.md).
/// </summary>
public static class LiveKnowledgeStart
{
    public static LiveKnowledgeOpening Open(string shippedDir, ILiveKnowledgeStore store, IKnowledgeFormat format, ILogger logger)
    {
        var shipped = BotRuntime.LoadKnowledge(shippedDir);
        var files = KnowledgeFolder.Read(shippedDir);
        var hash = KnowledgeFiles.HashOf(files);
        var copy = store.Copy();
        if (copy is null || (!copy.Edited && copy.ShippedHash != hash))
        {
            var seeded = new LiveKnowledgeCopy { Version = (copy?.Version ?? 0) + 1, ShippedHash = hash, Files = files };
            store.Save(seeded);
            logger.LogInformation("Live knowledge {How} {Dir} (version {Version})", copy is null ? "seeded from" : "follows the changed", Path.GetFullPath(shippedDir), seeded.Version);
            return new LiveKnowledgeOpening(shipped, shipped, seeded.Version);
        }

        if (copy.ShippedHash != hash)
        {
            copy = FollowShipped(copy, files, hash, store, format, logger, shippedDir);
        }

        var reading = format.Read(copy.Files);
        if (reading.Knowledge is null)
        {
            throw new KnowledgeInvalidException(reading.Errors.Select(e => new LoadError("live knowledge in the data folder", 0, e)).ToList());
        }

        var differences = KnowledgeDiff.Between(shipped, reading.Knowledge, format);
        if (differences.Count > 0)
        {
            logger.LogWarning(
                "The live knowledge (version {Version}, edited in the console) differs from {Dir} in {Count} topic(s): {Topics}. `chatbot kb diff` lists them; `chatbot kb export --out DIR` writes the live knowledge as files",
                copy.Version,
                Path.GetFullPath(shippedDir),
                differences.Count,
                string.Join(", ", differences.Take(10).Select(d => $"{d.IntentId} ({d.Kind})")));
        }

        return new LiveKnowledgeOpening(shipped, reading.Knowledge, copy.Version);
    }

    /// <summary>
    /// A new shipped folder under an edited copy: the files no editor changed are taken from it, the edited ones kept.
    /// When the two do not validate together, the copy stays as it was and the log says why.
    /// </summary>
    private static LiveKnowledgeCopy FollowShipped(
        LiveKnowledgeCopy copy, List<KnowledgeFile> shipped, string hash, ILiveKnowledgeStore store, IKnowledgeFormat format, ILogger logger, string shippedDir)
    {
        var edited = copy.EditedFiles.ToHashSet(StringComparer.Ordinal);
        var merged = shipped.Where(f => !edited.Contains(f.Path)).Concat(copy.Files.Where(f => edited.Contains(f.Path))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var reading = format.Read(merged);
        if (reading.Knowledge is null)
        {
            logger.LogWarning(
                "{Dir} changed since the live knowledge was seeded, and its files do not fit the edited ones ({Edited}): the live copy is kept as it was. {Errors}",
                Path.GetFullPath(shippedDir), string.Join(", ", edited), string.Join("; ", reading.Errors.Take(5)));
            return copy;
        }

        var next = new LiveKnowledgeCopy { Version = copy.Version + 1, Edited = true, ShippedHash = hash, EditedFiles = copy.EditedFiles, Files = merged };
        store.Save(next);
        logger.LogInformation("Live knowledge took the changed files of {Dir}; the edited ones kept: {Edited}", Path.GetFullPath(shippedDir), string.Join(", ", edited));
        return next;
    }

    /// <summary>The repository's labelled questions, once, when the regression set is empty and the file is there.</summary>
    public static int SeedRegressionSet(ILiveKnowledgeStore store, string questionsFile)
    {
        if (store.RegressionSet().Count > 0 || !File.Exists(questionsFile))
        {
            return 0;
        }

        var items = EvaluationSet.Read(questionsFile)
            .Select(q => new RegressionItem { Text = q.Text, Intent = q.Label, Language = q.Lang ?? "ru" })
            .ToList();
        store.AddToRegressionSet(items);
        return items.Count;
    }
}

/// <param name="Shipped">The knowledge folder's own knowledge, for the differences.</param>
/// <param name="Live">What the service answers from.</param>
public sealed record LiveKnowledgeOpening(KnowledgeBase Shipped, KnowledgeBase Live, long Version);
