using System.Diagnostics.CodeAnalysis;

namespace ChatBot.Core.Sessions;

/// <summary>
/// The page or campaign a user came from: Telegram's <c>/start src_NAME</c> (alone, or after another deep link as
/// <c>LINK__src_NAME</c>) and the widget's <c>data-source</c>. A name is 1-40 of a-z 0-9 _ -; anything else is ignored.
/// </summary>
public static class TrafficSource
{
    public const int MaxLength = 40;
    public const string StartPrefix = "src_";

    // What follows another deep link: "topic_tax__src_portal".
    private const string Suffix = "__" + StartPrefix;

    public static bool IsValid([NotNullWhen(true)] string? name) =>
        name is { Length: > 0 and <= MaxLength } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-');

    /// <summary>The name when it is valid, otherwise null.</summary>
    public static string? Valid(string? name) => IsValid(name) ? name : null;

    /// <summary>Splits a <c>/start</c> argument into the other deep link (null when there is none) and the source.</summary>
    public static (string? Link, string? Source) SplitStart(string argument)
    {
        if (argument.StartsWith(StartPrefix, StringComparison.Ordinal))
        {
            return (null, Valid(argument[StartPrefix.Length..]));
        }

        var at = argument.LastIndexOf(Suffix, StringComparison.Ordinal);
        return at <= 0 ? (argument, null) : (argument[..at], Valid(argument[(at + Suffix.Length)..]));
    }

    /// <summary>The source a message carries: the widget's, or a <c>/start</c> deep link's.</summary>
    public static string? Of(Messages.IncomingMessage message)
    {
        if (Valid(message.Source) is { } given)
        {
            return given;
        }

        var text = message.Text?.Trim();
        if (text is null || !text.StartsWith("/start ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return SplitStart(text["/start ".Length..].Trim()).Source;
    }
}
