namespace ChatBot.Core.Privacy;

/// <summary>
/// How long personal data is kept before the daily retention run anonymises it, in days; 0 turns that part off (kept
/// until /forget). Bound from <c>ChatBot:Retention</c>; docs/privacy.md says why a year each.
/// </summary>
public sealed class RetentionPeriods
{
    /// <summary>Transcripts and every other free text of a conversation, counted from when it was written.</summary>
    public int TranscriptDays { get; set; } = 365;

    /// <summary>A trainee's record, counted from the end of the last training the person enrolled in.</summary>
    public int TraineeDaysAfterTraining { get; set; } = 365;

    /// <summary>A survey's optional contact, counted from when it was given.</summary>
    public int SurveyContactDays { get; set; } = 365;

    /// <summary>What is wrong with the periods, each naming its key.</summary>
    public IEnumerable<string> Problems()
    {
        (string Key, int Days)[] periods =
            [(nameof(TranscriptDays), TranscriptDays), (nameof(TraineeDaysAfterTraining), TraineeDaysAfterTraining), (nameof(SurveyContactDays), SurveyContactDays)];
        foreach (var (key, days) in periods.Where(p => p.Days < 0))
        {
            yield return $"ChatBot:Retention:{key} must be 0 (kept until /forget) or a number of days, not {days}";
        }
    }
}
