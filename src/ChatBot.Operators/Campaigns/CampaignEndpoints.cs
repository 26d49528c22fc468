using ChatBot.Operators.Api;
using ChatBot.Operators.Campaigns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Operators;

public static class CampaignEndpoints
{
    /// <summary>
    /// Survey campaigns under <c>/api/operator/admin/campaigns</c>, for the admin role; changes need the XSRF header.
    /// Expects a <c>CampaignDesk</c> service.
    /// </summary>
    public static IEndpointRouteBuilder MapCampaignAdmin(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/operator/admin/campaigns").RequireAuthorization(OperatorServices.AdminPolicy);
        campaigns.MapGet("", CampaignAdminApi.All);
        campaigns.MapGet("/{survey}", CampaignAdminApi.Status);
        var change = campaigns.MapGroup("/{survey}").AddEndpointFilter(Xsrf.Require);
        change.MapPost("/open", CampaignAdminApi.Open);
        change.MapPost("/close", CampaignAdminApi.Close);
        return app;
    }
}
