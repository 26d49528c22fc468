using System.Text.Json;
using ChatBot.Host.Composition;
using ChatBot.Nlu.Evaluation;
using ChatBot.Nlu.Intents;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot nlu curve</c>: the learning curve of each candidate classifier (<see cref="LearningCurve"/>) at a few
/// training sizes. <c>--train FILE</c> draws from a file instead of knowledge/; <c>--test FILE</c> scores a held-out
/// file (without it, 5-fold cross-validation of the drawn lines); <c>--val FILE</c> chooses each candidate's
/// thresholds there. One JSON object a line on stdout, a readable table on stderr.
/// </summary>
internal static class NluCurveCommand
{
    private const string Usage = "usage: chatbot nlu curve [--sizes 5,10,20,50] [--seed 1] [--train FILE.jsonl] [--test FILE.jsonl [--val FILE.jsonl]]";

    public static int Run(string[] args)
    {
        var arguments = new VerbArguments(args);
        var sizes = ParseSizes(arguments.Option("--sizes") ?? "5,10,20,50");
        var seedText = arguments.Option("--seed");
        var seed = 1;
        if (sizes is null || (seedText is not null && !int.TryParse(seedText, out seed)))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var test = arguments.Option("--test");
        var trainFile = arguments.Option("--train");
        var validation = arguments.Option("--val");
        if (validation is not null && test is null)
        {
            Console.Error.WriteLine("chatbot nlu curve: --val chooses thresholds for --test; give both");
            return 2;
        }

        if (new[] { test, trainFile, validation }.FirstOrDefault(file => file is not null && !File.Exists(file)) is { } missing)
        {
            Console.Error.WriteLine($"chatbot nlu curve: no such file: {missing}");
            return 2;
        }

        var knowledge = BotRuntime.LoadKnowledge(CliConfiguration.Options(args).ResolveKnowledgeDir());
        var training = trainFile is null ? KnowledgeExamples.From(knowledge) : EvaluationSet.Read(trainFile);
        var testLines = test is null ? null : EvaluationSet.Read(test);
        var validationLines = validation is null ? null : EvaluationSet.Read(validation);
        Console.Error.WriteLine(test is null ? "5-fold cross-validation of the drawn lines, policy thresholds" : $"test {test}, thresholds {(validation is null ? "of the policy" : "chosen on " + validation)}");
        Console.Error.WriteLine($"{"per topic",9} {"lines",6} {"candidate",-9} {"set",-4} {"n",5} {"in-scope",9} {"oos rec",8} {"top-1",7} {"accept",6} {"margin",6}  mixture");
        foreach (var size in sizes)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var row in LearningCurve.Measure(training, size, seed, testLines, validationLines, knowledge.Thresholds))
            {
                Console.WriteLine(JsonSerializer.Serialize(row));
                Console.Error.WriteLine(
                    $"{row.PerTopic,9} {row.TrainingLines,6} {row.Candidate,-9} {row.Set,-4} {row.Count,5} {row.InScopeAccuracy,9:P1} {row.OosRecall,8:P1} {row.RawTop1,7:P1} {row.Accept,6} {row.Margin,6}  {row.Mixture}");
            }

            Console.Error.WriteLine($"({size} per topic: {clock.Elapsed.TotalSeconds:0} s)");
        }

        return 0;
    }

    private static int[]? ParseSizes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sizes = parts.Select(p => int.TryParse(p, out var n) && n > 0 ? n : 0).ToArray();
        return sizes.Length == 0 || sizes.Contains(0) ? null : sizes;
    }
}
