using System.Globalization;

namespace ChatBot.LoadTest.Arguments;

/// <summary>
/// The options of <c>chatbot loadtest</c>, read strictly: an unknown option or a value that cannot be used is one
/// sentence naming it, so that a mistyped run does not go on measuring something else for a minute.
/// </summary>
public static class LoadTestArguments
{
    private static readonly string[] Known =
        ["--url", "--conversations", "--duration", "--mix", "--rate", "--langs", "--warmup", "--ceiling", "--server-pid", "--seed"];

    private static readonly Dictionary<string, SessionKind> SessionNames = new()
    {
        ["faq"] = SessionKind.Faq,
        ["survey"] = SessionKind.Survey,
        ["enroll"] = SessionKind.Enroll,
    };

    private static readonly Dictionary<string, string> LanguageNames = new() { ["ru"] = "ru", ["kk"] = "kk" };

    public static LoadTestOptions? Parse(IReadOnlyList<string> args, out string? problem)
    {
        var values = Values(args, out problem);
        if (values is null)
        {
            return null;
        }

        problem = null;
        var url = Url(values, ref problem);
        var conversations = WholeNumber(values, "--conversations", 50, 1, 100_000, ref problem);
        var duration = Duration(values, "--duration", TimeSpan.FromSeconds(60), allowZero: false, ref problem);
        var warmup = Duration(values, "--warmup", TimeSpan.FromSeconds(5), allowZero: true, ref problem);
        var ceiling = Duration(values, "--ceiling", TimeSpan.FromSeconds(10), allowZero: true, ref problem);
        var mix = Weighted(values, "--mix", SessionNames, LoadTestOptions.DefaultMix, "faq:80,survey:15,enroll:5", ref problem);
        var languages = Weighted(values, "--langs", LanguageNames, LoadTestOptions.DefaultLanguages, "ru:70,kk:30", ref problem);
        var rate = Rate(values, ref problem);
        int? pid = values.ContainsKey("--server-pid") ? WholeNumber(values, "--server-pid", 0, 1, int.MaxValue, ref problem) : null;
        var seed = WholeNumber(values, "--seed", 1, 0, int.MaxValue, ref problem);
        return problem is null
            ? new LoadTestOptions(url!, conversations, duration, warmup, ceiling, mix!, languages!, rate, pid, seed)
            : null;
    }

    // --name value or --name=value, each known name at most once.
    private static Dictionary<string, string>? Values(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (!Known.Contains(name))
            {
                problem = args[i].StartsWith("--", StringComparison.Ordinal) ? $"unknown option {name}" : $"unexpected '{args[i]}'";
                return null;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    problem = $"{name} needs a value";
                    return null;
                }

                value = args[++i];
            }

            if (!values.TryAdd(name, value))
            {
                problem = $"{name} is given twice";
                return null;
            }
        }

        return values;
    }

    private static Uri? Url(Dictionary<string, string> values, ref string? problem)
    {
        if (!values.TryGetValue("--url", out var text))
        {
            problem ??= "--url is required: the service's address, e.g. --url http://127.0.0.1:5080";
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            problem ??= $"--url must be an http:// or https:// address, not '{text}'";
            return null;
        }

        return url;
    }

    private static int WholeNumber(Dictionary<string, string> values, string name, int fallback, int min, int max, ref string? problem)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            problem ??= $"{name} must be a whole number from {min} to {max}, not '{text}'";
        }

        return number;
    }

    private static TimeSpan Duration(Dictionary<string, string> values, string name, TimeSpan fallback, bool allowZero, ref string? problem)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!DurationParser.TryParse(text, out var duration) || duration < TimeSpan.Zero || (!allowZero && duration == TimeSpan.Zero))
        {
            problem ??= $"{name} must be a {(allowZero ? "" : "positive ")}length of time such as 60s, 2m or 500ms, not '{text}'";
        }

        return duration;
    }

    private static Weights<T>? Weighted<T>(
        Dictionary<string, string> values, string name, IReadOnlyDictionary<string, T> names, Weights<T> fallback, string example, ref string? problem)
        where T : notnull
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        var weights = WeightsParser.Parse(text, names, out var wrong);
        if (weights is null)
        {
            problem ??= $"{name} must be name:weight pairs such as {example}: {wrong}";
        }

        return weights;
    }

    private static double? Rate(Dictionary<string, string> values, ref string? problem)
    {
        if (!values.TryGetValue("--rate", out var text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0 || rate > 1_000_000)
        {
            problem ??= $"--rate must be a positive number of turns a second, not '{text}'";
        }

        return rate;
    }
}
