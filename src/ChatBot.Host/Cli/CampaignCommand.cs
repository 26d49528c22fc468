using System.Globalization;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;
using ChatBot.Core.Time;
using ChatBot.Host.Composition;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot survey campaign open --survey ID [--period 2026]</c>, <c>close --survey ID [--reopens-on 2027-03-01]</c>,
/// <c>status [--survey ID]</c>. Works on the service's data folder while the service is stopped; invitations wait in
/// the outbox and go out when it starts.
/// </summary>
internal static class CampaignCommand
{
    private const string Usage = """
        usage: chatbot survey campaign open --survey ID [--period 2026]
               chatbot survey campaign close --survey ID [--reopens-on 2027-03-01]
               chatbot survey campaign status [--survey ID]
        """;

    public static int Run(string[] args)
    {
        var action = args.FirstOrDefault();
        var verb = new VerbArguments(args.Skip(1).ToArray());
        var survey = verb.Option("--survey");
        if (action is not ("open" or "close" or "status") || (action != "status" && survey is null))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = CliConfiguration.Options(args.Skip(1).ToArray());
        using var services = ChatBotServices.ForDataVerbs(options, "chatbot survey campaign");
        var desk = CampaignParts.Desk(
            services.GetRequiredService<FlowServices>(),
            services.GetRequiredService<KnowledgeBase>().Texts,
            services.GetRequiredService<IBlockedChats>(),
            TimeProvider.System,
            notifier: null);
        var who = "cli:" + Environment.UserName;
        switch (action)
        {
            case "open":
                return Report(desk.Open(survey!, verb.Option("--period"), who));
            case "close":
                return Report(desk.Close(survey!, verb.Option("--reopens-on"), who));
            default:
                var statuses = survey is null ? desk.All() : desk.Status(survey) is { } one ? [one] : [];
                if (statuses.Count == 0)
                {
                    Console.Error.WriteLine($"no survey '{survey}'; known: {string.Join(", ", desk.Surveys.Select(f => f.Id))}");
                    return 1;
                }

                foreach (var status in statuses)
                {
                    Console.WriteLine(Line(status));
                }

                return 0;
        }
    }

    private static int Report(CampaignResult result)
    {
        if (result.Outcome != CampaignOutcome.Done)
        {
            Console.Error.WriteLine(result.Reason);
            return result.Outcome == CampaignOutcome.Invalid ? 2 : 1;
        }

        Console.WriteLine(Line(result.Status!));
        if (result.Invitations is { } i)
        {
            Console.WriteLine(
                $"queued {i.Invited} invitations; skipped: {i.AlreadyInvited} already invited, {i.Completed} completed, " +
                $"{i.Blocked} blocked, {i.Busy} busy, {i.Unreachable} on channels that cannot be written to first");
        }

        return 0;
    }

    private static string Line(CampaignStatus s) =>
        $"{s.Survey}\t{s.State}\tperiod {s.Period}" +
        (s.OpenedAt is { } opened ? $"\topened {Almaty(opened)} by {s.OpenedBy}" : "") +
        (s.ClosedAt is { } closed ? $"\tclosed {Almaty(closed)} by {s.ClosedBy}" : "") +
        (s.ReopensOn is { } reopens ? $"\treopens {reopens}" : "") +
        $"\tinvited {s.Invited}\trespondents {s.Respondents}";

    private static string Almaty(DateTimeOffset at) => AlmatyTime.Of(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
