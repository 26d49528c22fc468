using ChatBot.LoadTest;
using ChatBot.LoadTest.Arguments;
using ChatBot.LoadTest.Report;
using ChatBot.LoadTest.Users;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot loadtest --url URL ...</c>: plays visitors against a running service over its web chat API and prints
/// the figures, the JSON object on stdout (for scripts) and the table on stderr (for the reader). The generator lives
/// in ChatBot.LoadTest and knows the service only by HTTP: docs/benchmarks.md.
/// </summary>
internal static class LoadTestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadTestArguments.Parse(args, out var problem);
        if (options is null)
        {
            return Refuse(problem!);
        }

        var (report, refusal) = await LoadTestRun.RunAsync(options, Questions.BuiltIn);
        if (report is null)
        {
            return Refuse(refusal!);
        }

        Console.Out.WriteLine(ReportJson.Write(report));
        Console.Error.Write(ReportTable.Write(report));
        return 0;
    }

    private static int Refuse(string problem)
    {
        Console.Error.WriteLine($"chatbot loadtest: {problem}");
        return 2;
    }
}
