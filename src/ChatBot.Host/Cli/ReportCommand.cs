using ChatBot.Core.Reports;
using ChatBot.Host.Composition;
using ChatBot.Host.Reports;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot report --period 2026-11 | 2026-Q4 | 2026 | --from D --to D --format json|csv|html|xlsx|pdf --out PATH
/// [--drill-down sessions|responses|applications] [--full]</c>.
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var request = ReportRequest.Parse(new VerbArguments(args));
        var options = CliConfiguration.Options(args);
        await using var services = ChatBotServices.ForDataVerbs(options, "chatbot report");
        try
        {
            var report = await ReportFile.WriteAsync(request, services.GetRequiredService<ReportBuilder>(), services.GetServices<IReportRenderer>());
            Console.Error.WriteLine(
                $"{report.Header.Period.Label}: {report.Sessions.Sessions} sessions, {report.Survey.Respondents} survey respondents, " +
                $"{report.Trainings.UniqueTrainees} trainees; written to {request.Out}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"chatbot: cannot write {request.Out}: {e.Message}");
            return 1;
        }
    }
}
