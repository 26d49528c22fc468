using ChatBot.Core.Flows;
using ChatBot.Host.Composition;
using ChatBot.Host.Surveys;

namespace ChatBot.Host.Cli;

/// <summary><c>chatbot survey results --survey ID --period 2026 [--format json|csv|xlsx] [--target N] [--out FILE]</c>.</summary>
internal static class SurveyCommand
{
    public static int Run(string[] args)
    {
        var verb = new VerbArguments(args);
        var surveyId = verb.Option("--survey") ?? throw new FormatException("--survey ID is required");
        var period = verb.Option("--period") ?? throw new FormatException("--period is required (2026, or 2026-03 for a monthly survey)");
        if (!SurveyResultsQuery.IsPeriod(period))
        {
            throw new FormatException($"--period '{period}' is not a year (2026) or a month (2026-03)");
        }

        var format = verb.Option("--format") ?? "json";
        if (format is not ("json" or "csv" or "xlsx"))
        {
            throw new FormatException($"--format '{format}' is not supported: json, csv or xlsx");
        }

        if (format == "xlsx" && verb.Option("--out") is null)
        {
            throw new FormatException("--format xlsx needs --out FILE.xlsx");
        }

        int? target = verb.Option("--target") is { } t
            ? int.TryParse(t, out var n) && n > 0 ? n : throw new FormatException($"--target '{t}' is not a positive number")
            : null;

        var options = CliConfiguration.Options(args);
        using var services = ChatBotServices.ForDataVerbs(options, "chatbot survey results");
        var flows = services.GetRequiredService<FlowServices>();
        var results = SurveyResultsQuery.Run(flows, surveyId, period, target);
        if (results is null)
        {
            Console.Error.WriteLine($"no survey '{surveyId}'; known: {string.Join(", ", flows.Catalog.All.Select(f => f.Id))}");
            return 1;
        }

        if (format == "xlsx")
        {
            var path = verb.Option("--out")!;
            using (var stream = File.Create(path))
            {
                SurveyResultsXlsx.Write(results, stream);
            }

            Console.Error.WriteLine($"{results.Respondents} respondents of {results.Target}; written to {path}");
            return 0;
        }

        var text = format == "csv" ? SurveyResultsCsv.Write(results) : SurveyResultsJson.Write(results);
        if (verb.Option("--out") is { } file)
        {
            File.WriteAllText(file, text);
            Console.Error.WriteLine($"{results.Respondents} respondents of {results.Target}; written to {file}");
        }
        else
        {
            Console.Write(text);
        }

        return 0;
    }
}
