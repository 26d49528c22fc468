using System.Globalization;
using ChatBot.Core.Flows;
using ChatBot.Core.Time;

namespace ChatBot.Core.Campaigns;

/// <summary>
/// An admin opens and closes a survey's period. Opening (again) queues invitations for the subscribers not reached
/// yet; closing stops new starts (a respondent already inside may finish). One change at a time.
/// </summary>
public sealed class CampaignDesk(FlowCatalog catalog, ICampaigns campaigns, IFlowResponses responses, CampaignInviter inviter, TimeProvider time)
{
    private readonly Lock _gate = new();

    /// <summary>The surveys that campaigns apply to: flows counted per period.</summary>
    public IEnumerable<FlowDefinition> Surveys => catalog.All.Where(f => f.OncePer != FlowPeriod.Unlimited);

    public CampaignResult Open(string surveyId, string? period, string who)
    {
        if (Survey(surveyId) is not { } flow)
        {
            return Unknown(surveyId);
        }

        var now = time.GetUtcNow();
        period = string.IsNullOrWhiteSpace(period) ? FlowPeriods.Of(flow.OncePer, now) : period.Trim();
        if (!IsPeriodOf(flow, period))
        {
            return CampaignResult.Refused(
                CampaignOutcome.Invalid,
                flow.OncePer == FlowPeriod.Year ? $"period '{period}' is not a year such as 2026" : $"period '{period}' is not a month such as 2026-03");
        }

        lock (_gate)
        {
            if (campaigns.Of(flow.Id).FirstOrDefault(c => c.IsOpen) is { } open && open.Period != period)
            {
                return CampaignResult.Refused(CampaignOutcome.Conflict, $"the period {open.Period} of '{flow.Id}' is open: close it first");
            }

            var campaign = campaigns.Find(Campaign.Key(flow.Id, period)) ?? new Campaign { Id = Campaign.Key(flow.Id, period), FlowId = flow.Id, Period = period };
            if (!campaign.IsOpen)
            {
                campaign.IsOpen = true;
                campaign.OpenedAt = now;
                campaign.OpenedBy = who;
                campaign.ClosedAt = null;
                campaign.ClosedBy = null;
                campaign.ReopensOn = null;
                campaign.ChangedAt = now;
                campaigns.Save(campaign);
            }

            // Opening an open period again reaches those not invited yet (new subscribers, a run cut short).
            var invitations = inviter.Invite(flow, campaign);
            return new CampaignResult(CampaignOutcome.Done, Status: StatusOf(flow), Invitations: invitations);
        }
    }

    /// <summary>Closes the open period; on a survey already closed it only changes the reopening day.</summary>
    public CampaignResult Close(string surveyId, string? reopensOn, string who)
    {
        if (Survey(surveyId) is not { } flow)
        {
            return Unknown(surveyId);
        }

        var now = time.GetUtcNow();
        string? reopens = null;
        if (!string.IsNullOrWhiteSpace(reopensOn))
        {
            if (!DateOnly.TryParseExact(reopensOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return CampaignResult.Refused(CampaignOutcome.Invalid, $"the reopening day '{reopensOn}' is not a date such as 2027-03-01");
            }

            if (day <= AlmatyTime.Day(now))
            {
                return CampaignResult.Refused(CampaignOutcome.Invalid, $"the reopening day {day:yyyy-MM-dd} is not after today (Almaty time)");
            }

            reopens = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        lock (_gate)
        {
            // A survey that never had a campaign closes its current calendar period.
            var campaign = SurveyWindow.Latest(campaigns, flow.Id) ?? new Campaign
            {
                Id = Campaign.Key(flow.Id, FlowPeriods.Of(flow.OncePer, now)),
                FlowId = flow.Id,
                Period = FlowPeriods.Of(flow.OncePer, now),
            };
            if (campaign.IsOpen || campaign.ClosedAt is null)
            {
                campaign.IsOpen = false;
                campaign.ClosedAt = now;
                campaign.ClosedBy = who;
            }

            campaign.ReopensOn = reopens;
            campaign.ChangedAt = now;
            campaigns.Save(campaign);
            return new CampaignResult(CampaignOutcome.Done, Status: StatusOf(flow));
        }
    }

    public CampaignStatus? Status(string surveyId) => Survey(surveyId) is { } flow ? StatusOf(flow) : null;

    public IReadOnlyList<CampaignStatus> All() => Surveys.Select(StatusOf).ToList();

    private CampaignStatus StatusOf(FlowDefinition flow)
    {
        var window = SurveyWindow.Of(flow, campaigns, time.GetUtcNow());
        var c = window.Campaign;
        var respondents = responses.InPeriod(flow.Id, window.Period).Count(r => r.Status == FlowResponseStatus.Completed);
        return new CampaignStatus(
            flow.Id,
            c is null ? CampaignStatus.AlwaysOpen : c.IsOpen ? CampaignStatus.Open : CampaignStatus.Closed,
            window.Period,
            c?.OpenedAt,
            c?.OpenedBy is { Length: > 0 } opener ? opener : null,
            c?.ClosedAt,
            c?.ClosedBy,
            c?.ReopensOn,
            c is null ? 0 : campaigns.InvitedCount(c.Id),
            respondents);
    }

    private FlowDefinition? Survey(string surveyId) => Surveys.FirstOrDefault(f => f.Id == surveyId);

    private CampaignResult Unknown(string surveyId) => CampaignResult.Refused(
        CampaignOutcome.UnknownSurvey, $"no survey '{surveyId}'; known: {string.Join(", ", Surveys.Select(f => f.Id))}");

    private static bool IsPeriodOf(FlowDefinition flow, string period) => flow.OncePer switch
    {
        FlowPeriod.Year => period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100,
        FlowPeriod.Month => DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100,
        _ => false,
    };
}
