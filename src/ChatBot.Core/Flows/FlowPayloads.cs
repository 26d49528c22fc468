namespace ChatBot.Core.Flows;

/// <summary>The payloads of flow buttons; an answer names its step, so a stale button is noticed.</summary>
public static class FlowPayloads
{
    public const string Prefix = "flow:";
    public const string Back = "flow:back";
    public const string Cancel = "flow:cancel";
    public const string KnownUse = "flow:known:use";
    public const string KnownChange = "flow:known:change";
    private const string KeepPrefix = "flow:keep:";
    private const string StartPrefix = "flow:start:";
    private const string AnswerPrefix = "flow:a:";
    private const string SkipPrefix = "flow:skip:";
    private const string DonePrefix = "flow:done:";

    public static string Start(string flowId) => StartPrefix + flowId;

    public static string Answer(string stepId, string value) => AnswerPrefix + stepId + ":" + value;

    public static string Skip(string stepId) => SkipPrefix + stepId;

    public static string Done(string stepId) => DonePrefix + stepId;

    /// <summary>"Keep what you gave last time" on a step whose answer is known.</summary>
    public static string Keep(string stepId) => KeepPrefix + stepId;

    public static bool TryKeep(string payload, out string stepId) => TryAfter(payload, KeepPrefix, out stepId);

    public static bool IsFlow(string? payload) => payload?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static bool TryStart(string payload, out string flowId) => TryAfter(payload, StartPrefix, out flowId);

    public static bool TrySkip(string payload, out string stepId) => TryAfter(payload, SkipPrefix, out stepId);

    public static bool TryDone(string payload, out string stepId) => TryAfter(payload, DonePrefix, out stepId);

    public static bool TryAnswer(string payload, out string stepId, out string value)
    {
        stepId = value = "";
        if (!TryAfter(payload, AnswerPrefix, out var rest) || rest.IndexOf(':') is var colon && colon <= 0)
        {
            return false;
        }

        stepId = rest[..colon];
        value = rest[(colon + 1)..];
        return true;
    }

    private static bool TryAfter(string payload, string prefix, out string rest)
    {
        rest = payload.StartsWith(prefix, StringComparison.Ordinal) ? payload[prefix.Length..] : "";
        return rest.Length > 0;
    }
}
