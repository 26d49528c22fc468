using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Nlu.Intents;
using ChatBot.Nlu.Languages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Nlu;

/// <summary>The understanding of the knowledge base: the intent model (from the cache, or trained once) and the language detector.</summary>
public static class NluServices
{
    /// <param name="modelDir">Where trained models are cached.</param>
    public static IServiceCollection AddNlu(this IServiceCollection services, Func<IServiceProvider, string> modelDir) => services
        .AddSingleton<IntentModel>(sp => LoadOrTrain(
            sp.GetRequiredService<KnowledgeBase>(), modelDir(sp), sp.GetService<ILoggerFactory>()?.CreateLogger("ChatBot") ?? NullLogger.Instance))
        .AddSingleton<IIntentClassifier>(sp => sp.GetRequiredService<IntentModel>())
        .AddSingleton<ILanguageDetector>(sp => LanguageDetector.TrainedOn(sp.GetRequiredService<KnowledgeBase>()));

    private static IntentModel LoadOrTrain(KnowledgeBase knowledge, string modelDir, ILogger logger)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (model, fromCache) = new ModelCache(modelDir).LoadOrTrain(KnowledgeExamples.From(knowledge));
        model.WarmUp();
        logger.LogInformation(
            "Intent model {How} in {Seconds:0.0} s: {Intents} intents",
            fromCache ? "loaded from the cache" : "trained",
            started.Elapsed.TotalSeconds,
            model.Labels.Count);
        return model;
    }
}
