using ChatBot.Operators.Api;
using ChatBot.Operators.Campaigns;

namespace ChatBot.Operators;

public static class CampaignEndpoints
{
    /// <summary>Survey campaigns under <c>/api/operator/admin/campaigns</c>. Expects a <c>CampaignDesk</c> service.</summary>
    public static AdminRoutes MapCampaignAdmin(this AdminRoutes admin)
    {
        var campaigns = admin.Under("/campaigns");
        campaigns.MapGet("", CampaignAdminApi.All);
        campaigns.MapGet("/{survey}", CampaignAdminApi.Status);
        campaigns.MapPost("/{survey}/open", CampaignAdminApi.Open);
        campaigns.MapPost("/{survey}/close", CampaignAdminApi.Close);
        return admin;
    }
}
