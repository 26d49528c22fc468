using ChatBot.Core.Knowledge;
using ChatBot.Host.Composition;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Knowledge.Loading;
using ChatBot.Knowledge.Trainings;

namespace ChatBot.Host.Cli;

/// <summary><c>chatbot check</c>: validates knowledge/ as start-up does, printing every error as file:line.</summary>
internal static class CheckCommand
{
    public static int Run(string[] args)
    {
        var options = CliConfiguration.Options(args);
        var knowledgeDir = new VerbArguments(args).Option("--knowledge") ?? options.ResolveKnowledgeDir();
        var result = KnowledgeLoader.Load(knowledgeDir);
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }

        if (result.Knowledge is not { } knowledge)
        {
            Console.Error.WriteLine($"{result.Errors.Count} error(s) in {knowledgeDir}");
            return 1;
        }

        var faq = knowledge.Intents.Count(i => !i.IsSystem);
        Console.WriteLine($"{knowledgeDir}: OK, {faq} FAQ topics, {knowledge.Intents.Count - faq} system intents, {knowledge.Texts.All.Count} texts");
        ReportEditorialWarnings(knowledge, result.Places ?? new Dictionary<string, IntentPlace>());
        var dialogsDir = new VerbArguments(args).Option("--dialogs") ?? options.ResolveDialogsDir();
        var dialogs = DialogLoader.Load(dialogsDir, knowledge.Intents.Select(i => i.Id).ToHashSet());
        foreach (var error in dialogs.Errors)
        {
            Console.Error.WriteLine(error);
        }

        if (dialogs.Catalog is not { } catalog)
        {
            Console.Error.WriteLine($"{dialogs.Errors.Count} error(s) in {dialogsDir}");
            return 1;
        }

        Console.WriteLine($"{dialogsDir}: OK, {catalog.All.Count} flows ({string.Join(", ", catalog.All.Select(f => $"{f.Id} v{f.Version}, {f.Steps.Count} steps"))})");
        return TrainingsCheck.Run(knowledgeDir);
    }

    /// <summary>Warnings do not fail the check: the bot works without them fixed, but editors should see them.</summary>
    private static void ReportEditorialWarnings(KnowledgeBase knowledge, IReadOnlyDictionary<string, IntentPlace> places)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var warnings = EditorialWarnings.Find(knowledge, places, today);
        foreach (var warning in warnings)
        {
            Console.Error.WriteLine(warning);
        }

        if (warnings.Count > 0)
        {
            var noShort = knowledge.Intents.Count(i => !i.IsSystem && i.Short is null);
            Console.Error.WriteLine($"{warnings.Count} warning(s): {noShort} topic(s) without a short answer, {warnings.Count - noShort} past their review date");
        }
    }

    /// <summary>The sample catalogue (knowledge/trainings.yaml), when there is one, as first start would seed it.</summary>
    private static class TrainingsCheck
    {
        public static int Run(string knowledgeDir)
        {
            var path = Path.Combine(knowledgeDir, TrainingFileLoader.SeedFile);
            if (!File.Exists(path))
            {
                return 0;
            }

            var result = TrainingFileLoader.Load(path, TimeProvider.System.GetUtcNow(), "knowledge/" + TrainingFileLoader.SeedFile);
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine(error);
            }

            if (result.Trainings is not { } trainings)
            {
                return 1;
            }

            Console.WriteLine($"{path}: OK, {trainings.Count} sample trainings");
            return 0;
        }
    }
}
