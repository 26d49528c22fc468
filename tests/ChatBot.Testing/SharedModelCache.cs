using ChatBot.Nlu.Intents;

namespace ChatBot.Testing;

/// <summary>
/// A model cache folder for tests that start the whole service (ChatBot:ModelDir): the model is trained into it once,
/// before any host starts, and every host then loads it instead of training. One folder per test assembly, since
/// assemblies run in parallel processes. The folder outlives the run on purpose: its files are keyed by a hash of the
/// knowledge they were trained on, so a later run reuses them only when they still fit.
/// </summary>
public static class SharedModelCache
{
    private static readonly Lazy<(string Folder, IntentModel Model)> LazyCache = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-tests", "model-cache", TestAssemblyName());
        return (folder, new ModelCache(folder).LoadOrTrain(KnowledgeExamples.From(SharedModel.Knowledge)).Model);
    });

    public static string Folder => LazyCache.Value.Folder;

    /// <summary>
    /// The cached model itself, for a <see cref="TestBot"/> in a test process that starts hosts too: loading it takes a
    /// second where <see cref="SharedModel.Model"/> trains it again.
    /// </summary>
    public static IntentModel Model => LazyCache.Value.Model;

    private static string TestAssemblyName() => AppDomain.CurrentDomain.GetAssemblies()
        .Select(a => a.GetName().Name ?? "")
        .FirstOrDefault(name => name.EndsWith(".Tests", StringComparison.Ordinal)) ?? "tests";
}
