using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Host.Composition;
using ChatBot.Operators.Accounts;

namespace ChatBot.Host.Cli;

/// <summary>
/// <c>chatbot operators add --login L --role operator|editor|admin</c>, <c>disable --login L</c>, <c>enable --login L</c>,
/// <c>reset --login L</c>, <c>list</c>; a password is asked for (<see cref="PasswordPrompt"/>). Works on the service's
/// data folder while the service is stopped: the folder has one owner (<c>DataFolderLock</c>).
/// </summary>
internal static class OperatorsCommand
{
    public static int Run(string[] args)
    {
        var action = args.FirstOrDefault();
        var rest = new VerbArguments(args.Skip(1).ToArray());
        var options = CliConfiguration.Options(args.Skip(1).ToArray());
        using var services = ChatBotServices.ForDataVerbs(options, "chatbot operators");
        var accounts = new OperatorAccounts(services.GetRequiredService<IOperatorAccountStore>());
        var login = rest.Option("--login");
        try
        {
            switch (action)
            {
                case "list":
                    foreach (var a in accounts.All())
                    {
                        Console.WriteLine($"{a.Id}\t{a.Role}{(a.Disabled ? "\tdisabled" : "")}");
                    }

                    return 0;
                case "add" when login is not null:
                    var account = accounts.Add(login, rest.Option("--role") ?? OperatorRoles.Operator, PasswordPrompt.Read(), TimeProvider.System.GetUtcNow());
                    Console.WriteLine($"added {account.Id} as {account.Role}");
                    return 0;
                case "disable" or "enable" when login is not null:
                    return Report(accounts.SetDisabled(login, action == "disable"), $"{action}d {login}");
                case "reset" when login is not null:
                    return Report(accounts.ResetPassword(login, PasswordPrompt.Read()), $"new password set for {login}; its sessions are ended");
                default:
                    Console.Error.WriteLine("usage: chatbot operators add --login L --role operator|editor|admin  (password asked twice, or a line on stdin)\n" +
                        "       chatbot operators disable|enable|reset --login L  (reset: password as for add)\n" +
                        "       chatbot operators list");
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static int Report(bool found, string done)
    {
        Console.Error.WriteLine(found ? done : "no such account");
        return found ? 0 : 1;
    }
}
