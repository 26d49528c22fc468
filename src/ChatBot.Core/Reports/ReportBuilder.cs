using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;

namespace ChatBot.Core.Reports;

/// <summary>
/// Builds the funder's report of a period from the stores. It only reads, and reads the same rows for the same
/// period, so a report built again on the same data differs only in its generation time.
/// </summary>
public sealed class ReportBuilder(ReportSources sources, ReportOptions options, TimeProvider time)
{
    /// <param name="full">With the texts of the questions not understood (personal): for editors and admins only.</param>
    public FunderReport Build(ReportPeriod period, bool full = false, ReportDrillDown drillDown = ReportDrillDown.None)
    {
        var now = time.GetUtcNow();
        var previous = period.Previous();
        var sessions = sources.Sessions.StartedBetween(period.From, period.To);
        var before = sources.Sessions.StartedBetween(previous.From, previous.To);
        var fallbacks = sources.Events.Between(period.From, period.To, [AnalyticsEventTypes.Fallback]);
        var privacy = sources.Events.Between(period.From, period.To, DataProtectionFigures.EventTypes);
        var allHandoffs = sources.Handoffs.All();
        var handoffs = allHandoffs.Where(h => period.Contains(h.RequestedAt)).ToList();
        var responses = Responses(period);
        var trainings = sources.Trainings.AllTrainings();
        var answered = sources.Events.Between(period.From, period.To, KnowledgeReviewFigures.EventTypes);
        return new FunderReport(
            new ReportHeader(options.Organisation, string.IsNullOrWhiteSpace(options.LogoPath) ? null : options.LogoPath, period, previous, now, full),
            SessionFigures.Of(sessions),
            OutcomeFigures.Of(sessions, before),
            TopicFigures.Of(sessions, options.TopTopics),
            NotUnderstoodFigures.Of(fallbacks, full ? sources.Unanswered.Between(period.From, period.To) : null),
            HandoffFigures.Of(handoffs),
            SurveyFigures.Of(options.Survey, sources.Survey, responses, period, options),
            TrainingFigures.Of(trainings, sources.Trainings.AllEnrollments(), sources.Trainees.PersonKeys(), period, options, now),
            DataProtectionFigures.Of(privacy),
            ApplicationFiguresOf.Section(sources.ApplicationFigures.For(period.From, period.To)),
            AnnouncementFiguresOf.Section(sources.Announcements.For(period.From, period.To)),
            KnowledgeReviewFigures.Of(answered, sources.Reviews(), now),
            drillDown switch
            {
                ReportDrillDown.Applications => new ReportRows([], []) { Kind = ReportDrillDown.Applications, Applications = RowsOf.Applications(sources.Applications, sources.ApplicationClock, period, now) },
                ReportDrillDown.Sessions => new ReportRows(RowsOf.Sessions(sessions, allHandoffs.ToDictionary(h => h.Id, StringComparer.Ordinal)), []) { Kind = ReportDrillDown.Sessions },
                ReportDrillDown.Responses => new ReportRows([], RowsOf.Responses(responses, sources.Survey, period)) { Kind = ReportDrillDown.Responses },
                _ => null,
            });
    }

    /// <summary>
    /// The yearly survey's responses of every year from the contract's first (for its progress to date) to the
    /// period's last.
    /// </summary>
    private List<FlowResponse> Responses(ReportPeriod period)
    {
        var first = Math.Min(options.ContractFirstYear, period.FirstDay.Year);
        return Enumerable.Range(first, period.LastDay.Year - first + 1)
            .SelectMany(year => sources.Responses.InPeriod(options.Survey, year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }
}
