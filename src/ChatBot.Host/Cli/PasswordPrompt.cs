using System.Text;

namespace ChatBot.Host.Cli;

/// <summary>
/// The password of <c>chatbot operators add|reset</c>, never an argument, so that it stays out of the shell history and
/// the process list. Typed at a terminal it is not shown, and asked twice since it cannot be read back; from a
/// redirected stdin (a script, a test) it is the first line.
/// </summary>
internal static class PasswordPrompt
{
    public static string Read() => Console.IsInputRedirected
        ? Console.ReadLine()?.TrimEnd('\r', '\n') ?? ""
        : Twice(Hidden, Console.Error);

    /// <exception cref="FormatException">The two differ; the caller changes nothing.</exception>
    public static string Twice(Func<string> typed, TextWriter prompts)
    {
        prompts.Write("password: ");
        var first = typed();
        prompts.Write("the same password again: ");
        var second = typed();
        return first == second ? first : throw new FormatException("the two passwords differ; nothing was changed");
    }

    // One key at a time and none shown; Backspace takes the last one back.
    private static string Hidden()
    {
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
