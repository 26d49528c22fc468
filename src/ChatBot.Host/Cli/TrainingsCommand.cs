using System.Text.Json;
using ChatBot.Core.Trainings;
using ChatBot.Host.Composition;
using ChatBot.Host.Trainings;
using ChatBot.Knowledge.Trainings;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot trainings import FILE.yaml | export [--out FILE] | attendance --training ID [--attended 1,2] [--absent 3]
/// | stats --period 2026 [--target N] [--format json|text] [--out FILE]</c>.
/// </summary>
internal static class TrainingsCommand
{
    public static int Run(string[] args)
    {
        var sub = args.FirstOrDefault() ?? throw new FormatException("trainings: import, export, attendance or stats");
        var rest = args.Skip(1).ToArray();
        var verb = new VerbArguments(rest);
        var file = sub == "import" ? rest.FirstOrDefault(a => !a.StartsWith('-')) : null;

        // The configuration reader would take an absolute path (/srv/catalogue.yaml) for a switch: leave it out.
        var options = CliConfiguration.Options(rest.Where(a => a != file).ToArray());
        var time = TimeProvider.System;
        if (sub == "import")
        {
            // Read and check the file before opening the database: a broken file changes nothing.
            if (file is null)
            {
                throw new FormatException("trainings import FILE.yaml");
            }

            var loaded = TrainingFileLoader.Load(file, time.GetUtcNow(), file);
            if (loaded.Trainings is null)
            {
                foreach (var error in loaded.Errors)
                {
                    Console.Error.WriteLine(error);
                }

                return 1;
            }

            using var services = ChatBotServices.ForDataVerbs(options, "chatbot trainings");
            var added = services.GetRequiredService<TrainingCatalog>().Import(loaded.Trainings, time.GetUtcNow());
            Console.Error.WriteLine($"{loaded.Trainings.Count} trainings imported: {added} new, {loaded.Trainings.Count - added} updated");
            return 0;
        }

        using var opened = ChatBotServices.ForDataVerbs(options, "chatbot trainings");
        var trainings = opened.GetRequiredService<TrainingRuntime>();
        return sub switch
        {
            "export" => Export(trainings, verb),
            "attendance" => TrainingAttendanceCli.Run(trainings, verb, time),
            "stats" => Stats(trainings, verb, time),
            _ => throw new FormatException($"trainings {sub}: unknown; import, export, attendance or stats"),
        };
    }

    private static int Export(TrainingRuntime trainings, VerbArguments verb)
    {
        var yaml = TrainingFileWriter.Write(trainings.Catalog.All());
        if (verb.Option("--out") is { } path)
        {
            File.WriteAllText(path, yaml);
            Console.Error.WriteLine($"{trainings.Catalog.All().Count} trainings written to {path}");
        }
        else
        {
            Console.Write(yaml);
        }

        return 0;
    }

    private static int Stats(TrainingRuntime trainings, VerbArguments verb, TimeProvider time)
    {
        var period = verb.Option("--period") ?? throw new FormatException("--period is required (2026, or 2026-03)");
        if (!TrainingStatsCalculator.IsPeriod(period))
        {
            throw new FormatException($"--period '{period}' is not a year (2026) or a month (2026-03)");
        }

        var target = verb.Option("--target") is { } t
            ? int.TryParse(t, out var n) && n > 0 ? n : throw new FormatException($"--target '{t}' is not a positive number")
            : new TrainingOptions().YearlyTarget;
        var format = verb.Option("--format") ?? "text";
        if (format is not ("json" or "text"))
        {
            throw new FormatException($"--format '{format}' is not supported: text or json");
        }

        var stats = TrainingStatsCalculator.Calculate(trainings.Catalog.All(), trainings.Enrollments.All(), trainings.Trainees.PersonKeys(), period, target, time.GetUtcNow());
        var text = format == "json" ? JsonSerializer.Serialize(stats, JsonOptions) + "\n" : TrainingStatsText.Write(stats);
        if (verb.Option("--out") is { } path)
        {
            File.WriteAllText(path, text);
        }
        else
        {
            Console.Write(text);
        }

        return 0;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
