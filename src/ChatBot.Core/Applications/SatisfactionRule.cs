namespace ChatBot.Core.Applications;

/// <summary>
/// The satisfaction question comes after an answer, at most once a week per person (a person is a conversation, as
/// for the survey), so that several applications answered together are not a flood of questions.
/// </summary>
public static class SatisfactionRule
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(7);

    public static bool MayAsk(Application answered, IEnumerable<Application> ofThePerson, DateTimeOffset now) =>
        answered.Satisfaction is null
        && answered.SatisfactionAskedAt is null
        && !ofThePerson.Any(a => a.SatisfactionAskedAt is { } asked && now - asked < Interval);
}
