namespace ChatBot.Core.Applications;

/// <summary>
/// Due dates in business hours from the kind's <see cref="ServiceLevel"/>. The answer's clock stops while the
/// consultant waits for the entrepreneur (the time spent in that status is added to the due date), as a service
/// desk's "pending" does; the first response's clock does not, since only a consultant can set that status.
/// </summary>
public sealed class ApplicationClock(BusinessHours business, ApplicationSettings levels)
{
    public BusinessHours Business => business;

    public ApplicationTiming Of(Application application, DateTimeOffset now)
    {
        var level = levels.For(application.Kind);
        var firstDue = business.Add(application.CreatedAt, TimeSpan.FromHours(level.FirstResponseHours));
        var answerDue = business.Add(application.CreatedAt, TimeSpan.FromHours(level.ResolutionHours) + Waiting(application, now));
        var responded = application.FirstResponseAt ?? (application.Status == ApplicationStatus.Closed ? application.UpdatedAt : now);
        var answered = application.AnsweredAt ?? (application.Status == ApplicationStatus.Closed ? application.UpdatedAt : now);
        return new ApplicationTiming(firstDue, answerDue, responded > firstDue, answered > answerDue);
    }

    /// <summary>Business time from submission to the first response (null while there is none).</summary>
    public TimeSpan? ToFirstResponse(Application application) =>
        application.FirstResponseAt is { } at ? business.Between(application.CreatedAt, at) : null;

    /// <summary>Business time from submission to the first answer (null while there is none).</summary>
    public TimeSpan? ToAnswer(Application application) =>
        application.AnsweredAt is { } at ? business.Between(application.CreatedAt, at) : null;

    private TimeSpan Waiting(Application application, DateTimeOffset now)
    {
        var waiting = TimeSpan.Zero;
        DateTimeOffset? since = null;
        foreach (var change in application.History.Where(c => c.Kind is not (ApplicationChangeKind.Note or ApplicationChangeKind.Rated)))
        {
            if (change.Status == ApplicationStatus.WaitingForEntrepreneur)
            {
                since ??= change.At;
            }
            else if (since is { } from)
            {
                waiting += business.Between(from, change.At);
                since = null;
            }
        }

        return since is { } open ? waiting + business.Between(open, now) : waiting;
    }
}
