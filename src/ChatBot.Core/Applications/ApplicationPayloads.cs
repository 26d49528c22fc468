using System.Globalization;

namespace ChatBot.Core.Applications;

/// <summary>The buttons of applications: <c>application:mine</c>, <c>application:show:ID</c>, <c>application:rate:ID:N</c>.</summary>
public static class ApplicationPayloads
{
    public const string Prefix = "application:";
    public const string Mine = Prefix + "mine";
    private const string ShowPrefix = Prefix + "show:";
    private const string RatePrefix = Prefix + "rate:";

    public static bool IsApplication(string? payload) => payload?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string Show(string id) => ShowPrefix + id;

    public static string Rate(string id, int score) => RatePrefix + id + ":" + score.ToString(CultureInfo.InvariantCulture);

    public static bool TryShow(string payload, out string id)
    {
        id = payload.StartsWith(ShowPrefix, StringComparison.Ordinal) ? payload[ShowPrefix.Length..] : "";
        return id.Length > 0;
    }

    public static bool TryRate(string payload, out string id, out int score)
    {
        id = "";
        score = 0;
        if (!payload.StartsWith(RatePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = payload[RatePrefix.Length..];
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out score) || score is < 1 or > 5)
        {
            return false;
        }

        id = rest[..colon];
        return true;
    }
}
