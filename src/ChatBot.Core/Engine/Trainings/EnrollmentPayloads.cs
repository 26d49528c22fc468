namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// The conversation's own training buttons beside <see cref="ChatBot.Core.Trainings.TrainingPayloads"/>: the topic
/// picker, "my enrollments" and the second press that confirms a cancellation. Same prefix, so one step routes them.
/// </summary>
public static class EnrollmentPayloads
{
    public const string Topics = "training:topics";
    public const string Mine = "training:mine";
    public const string KeepEnrollment = "training:keep";
    private const string CancelConfirmedPrefix = "training:cancel-yes:";

    public static string CancelConfirmed(string enrollmentId) => CancelConfirmedPrefix + enrollmentId;

    public static bool TryCancelConfirmed(string payload, out string enrollmentId)
    {
        enrollmentId = payload.StartsWith(CancelConfirmedPrefix, StringComparison.Ordinal) ? payload[CancelConfirmedPrefix.Length..] : "";
        return enrollmentId.Length > 0;
    }
}
