using ChatBot.Http;
using ChatBot.Operators.Api;
using ChatBot.Operators.Campaigns;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators;

public static class CampaignEndpoints
{
    /// <summary>Survey campaigns under <c>/api/operator/admin/campaigns</c>. Expects a <c>CampaignDesk</c> service.</summary>
    public static AdminRoutes MapCampaignAdmin(this AdminRoutes admin)
    {
        var campaigns = admin.Under("/campaigns");
        campaigns.MapGet("", CampaignAdminApi.All).WithSummary("Every survey's campaign: open or closed, the period, the invitations.");
        campaigns.MapGet("/{survey}", CampaignAdminApi.Status).WithSummary("One survey's campaign.");
        campaigns.MapPost("/{survey}/open", CampaignAdminApi.Open).WithSummary("Opens the survey for a period and invites its audience.")
            .DescribeJsonBody<OpenCampaignRequest>(required: false);
        campaigns.MapPost("/{survey}/close", CampaignAdminApi.Close).WithSummary("Closes the survey, optionally until a day it reopens.")
            .DescribeJsonBody<CloseCampaignRequest>(required: false);
        return admin;
    }
}
