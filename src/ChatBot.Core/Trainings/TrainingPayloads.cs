using System.Globalization;

namespace ChatBot.Core.Trainings;

/// <summary>The payloads of training buttons; pressing one sends it back verbatim.</summary>
public static class TrainingPayloads
{
    public const string Prefix = "training:";
    public const string List = "training:list";
    private const string DetailsPrefix = "training:details:";
    private const string EnrollPrefix = "training:enroll:";
    private const string WaitPrefix = "training:wait:";
    private const string CancelPrefix = "training:cancel:";
    private const string FormatPrefix = "training:format:";
    private const string TopicPrefix = "training:topic:";
    private const string FeedbackPrefix = "training:feedback:";

    public static string Details(string trainingId) => DetailsPrefix + trainingId;

    public static string Enroll(string trainingId) => EnrollPrefix + trainingId;

    /// <summary>"Put me on the waiting list" of a full training.</summary>
    public static string Wait(string trainingId) => WaitPrefix + trainingId;

    public static string Cancel(string enrollmentId) => CancelPrefix + enrollmentId;

    public static string Format(TrainingFormat format) => FormatPrefix + TrainingFormats.Code(format);

    public static string Topic(string topicId) => TopicPrefix + topicId;

    public static string Feedback(string enrollmentId, int score) =>
        FeedbackPrefix + enrollmentId + ":" + score.ToString(CultureInfo.InvariantCulture);

    public static bool IsTraining(string? payload) => payload?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static bool TryDetails(string payload, out string trainingId) => TryAfter(payload, DetailsPrefix, out trainingId);

    public static bool TryEnroll(string payload, out string trainingId) => TryAfter(payload, EnrollPrefix, out trainingId);

    public static bool TryWait(string payload, out string trainingId) => TryAfter(payload, WaitPrefix, out trainingId);

    public static bool TryCancel(string payload, out string enrollmentId) => TryAfter(payload, CancelPrefix, out enrollmentId);

    public static bool TryTopic(string payload, out string topicId) => TryAfter(payload, TopicPrefix, out topicId);

    public static bool TryFormat(string payload, out TrainingFormat format)
    {
        format = default;
        return TryAfter(payload, FormatPrefix, out var code) && TrainingFormats.TryParse(code, out format);
    }

    public static bool TryFeedback(string payload, out string enrollmentId, out int score)
    {
        enrollmentId = "";
        score = 0;
        if (!TryAfter(payload, FeedbackPrefix, out var rest) || rest.LastIndexOf(':') is var colon && colon <= 0)
        {
            return false;
        }

        enrollmentId = rest[..colon];
        return int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out score) && score is >= 1 and <= 5;
    }

    private static bool TryAfter(string payload, string prefix, out string rest)
    {
        rest = payload.StartsWith(prefix, StringComparison.Ordinal) ? payload[prefix.Length..] : "";
        return rest.Length > 0;
    }
}
