namespace ChatBot.Core.Privacy;

/// <summary>
/// Turns the configured <see cref="RetentionPeriods"/> into the <see cref="Retention"/> due now: the transcript's period
/// covers every free text of a conversation, the trainee's the trainee record, the survey contact's the contacts.
/// </summary>
public sealed class RetentionPolicy(RetentionPeriods periods, TimeProvider time)
{
    /// <summary>The kinds of record whose age is the transcript's: what a user or an operator wrote, and what the bot said (a closed application's texts among them).</summary>
    public static IReadOnlyList<PersonalRecord> FreeText { get; } =
    [
        PersonalRecord.Transcript, PersonalRecord.UnansweredQuestions, PersonalRecord.Outbox, PersonalRecord.OperatorNotes,
        PersonalRecord.HandoffQuestions, PersonalRecord.AuditDetails, PersonalRecord.Applications,
    ];

    public Retention Due()
    {
        var now = time.GetUtcNow();
        var before = new Dictionary<PersonalRecord, DateTimeOffset>();
        DateTimeOffset? idleBefore = null;
        if (CutOff(now, periods.TranscriptDays) is { } transcripts)
        {
            foreach (var kind in FreeText)
            {
                before[kind] = transcripts;
            }

            idleBefore = transcripts;
        }

        if (CutOff(now, periods.TraineeDaysAfterTraining) is { } trainees)
        {
            before[PersonalRecord.Trainee] = trainees;
        }

        if (CutOff(now, periods.SurveyContactDays) is { } contacts)
        {
            before[PersonalRecord.FlowContacts] = contacts;
        }

        return new Retention(before, idleBefore);
    }

    // 0 days is off; a negative period is refused when the settings are read.
    private static DateTimeOffset? CutOff(DateTimeOffset now, int days) => days > 0 ? now.AddDays(-days) : null;
}
