namespace ChatBot.Host.Cli;

/// <summary>The verbs of the <c>chatbot</c> program; with none it serves.</summary>
internal static class Verbs
{
    public const string Usage = """
        usage: chatbot [serve] [--urls URL]      run the service (default)
               chatbot check                     validate knowledge/ and dialogs/
               chatbot kb export --out DIR | diff    the live knowledge (edited in the console) as files, or what differs from knowledge/
               chatbot chat [--chat-id ID]       talk to the bot in the terminal
               chatbot survey results --survey ID --period 2026 [--format json|csv|xlsx] [--target N] [--out FILE]
               chatbot survey campaign open --survey ID [--period 2026] | close --survey ID [--reopens-on 2027-03-01] | status
               chatbot report --period 2026-11|2026-Q4|2026 | --from 2026-11-01 --to 2026-11-30 --format json|csv|html|xlsx|pdf --out FILE
                              [--drill-down sessions|responses|applications] [--full]   the funder's report (--full: with the questions' texts)
               chatbot operators add --login L --role operator|editor|admin   (password asked twice); disable | enable | reset | list
               chatbot trainings import FILE.yaml | export [--out FILE] | stats --period 2026 [--target N] [--format text|json] [--out FILE]
               chatbot trainings attendance --training ID [--attended 1,2] [--absent 3]   (no marks: the list)
               chatbot backup --out FILE                 a consistent encrypted copy of the database, the service running or not
               chatbot restore FILE [--key KEYFILE]      a backup into an empty data folder
               chatbot keys rotate                       a new key for the database and its sealed fields (service stopped)
               chatbot migrate --from-litedb DIR --to CONNECTION   a LiteDB data folder into an empty PostgreSQL database, verified
               chatbot nlu eval --test FILE [--train FILE] [--val FILE] [--curve] | --cv N | --follow-ups FILE
               chatbot nlu curve [--sizes 5,10,20,50] [--seed 1] [--train FILE] [--test FILE [--val FILE]]
               chatbot loadtest --url URL [--conversations 50] [--duration 60s] [--mix faq:80,survey:15,enroll:5] [--rate R]
                                [--langs ru:70,kk:30] [--warmup 5s] [--ceiling 10s] [--server-pid PID] [--seed 1]
        configuration: appsettings.json beside the program, environment (ChatBot__DataDir), or --ChatBot:DataDir=PATH
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.FirstOrDefault(a => !a.StartsWith('-')) is { } first && Array.IndexOf(args, first) == 0 ? first : "serve";
        var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args.Skip(1).ToArray();
        try
        {
            if (Composition.PostgreSqlRefusals.Of(verb) is { } refusal && Composition.StorageOptions.Bind(Composition.ChatBotConfiguration.Build(rest)).OnPostgreSql)
            {
                Console.Error.WriteLine($"chatbot: {refusal}");
                return 2;
            }

            return verb switch
            {
                "serve" => await ServeCommand.RunAsync(rest),
                "check" => CheckCommand.Run(rest),
                "kb" => KbCommand.Run(rest),
                "chat" => await ChatCommand.RunAsync(rest),
                "survey" when rest.FirstOrDefault() == "results" => SurveyCommand.Run(rest.Skip(1).ToArray()),
                "survey" when rest.FirstOrDefault() == "campaign" => CampaignCommand.Run(rest.Skip(1).ToArray()),
                "report" => await ReportCommand.RunAsync(rest),
                "operators" => OperatorsCommand.Run(rest),
                "trainings" => TrainingsCommand.Run(rest),
                "backup" => await BackupCommand.RunAsync(rest),
                "restore" => RestoreCommand.Run(rest),
                "keys" => KeysCommand.Run(rest),
                "migrate" => MigrateCommand.Run(rest),
                "nlu" when rest.FirstOrDefault() == "eval" => NluEvalCommand.Run(rest.Skip(1).ToArray()),
                "nlu" when rest.FirstOrDefault() == "curve" => NluCurveCommand.Run(rest.Skip(1).ToArray()),
                "loadtest" => await LoadTestCommand.RunAsync(rest),
                "help" or "--help" => Help(0),
                _ => Help(2),
            };
        }
        catch (Composition.KnowledgeInvalidException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Composition.DatabaseUnreachableException e)
        {
            // Exit code 3, not 2: a database that is restarting may answer on the next try.
            Console.Error.WriteLine($"chatbot: {e.Message}");
            return 3;
        }
        catch (Composition.DataFolderException e)
        {
            Console.Error.WriteLine($"chatbot: {e.Message}");
            return 2;
        }
        catch (Composition.SettingsInvalidException e)
        {
            // One line per setting, and no stack trace: the reader can act on the key.
            foreach (var problem in e.Problems)
            {
                Console.Error.WriteLine($"chatbot: {problem}");
            }

            return 2;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"chatbot: {e.Message}");
            return 2;
        }
    }

    private static int Help(int exitCode)
    {
        Console.Error.WriteLine(Usage);
        return exitCode;
    }
}
