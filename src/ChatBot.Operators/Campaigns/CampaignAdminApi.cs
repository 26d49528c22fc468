using ChatBot.Core.Campaigns;
using ChatBot.Core.Operators;
using ChatBot.Http;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Campaigns;

/// <summary>
/// An admin opens and closes survey periods; opening queues the invitations. Every change is audited. An empty body
/// means the defaults (the current period, no reopening day).
/// </summary>
internal static class CampaignAdminApi
{
    public static IResult All(CampaignDesk desk) => TypedResults.Ok(desk.All());

    public static IResult Status(string survey, CampaignDesk desk) =>
        desk.Status(survey) is { } status ? TypedResults.Ok(status) : HttpProblem.NotFound($"no survey '{survey}'");

    public static async Task<IResult> Open(string survey, HttpContext context, CampaignDesk desk, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync(context.Request, whenEmpty: new OpenCampaignRequest(null));
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        var who = ConversationApi.Who(context);
        var result = desk.Open(survey, body.Period, who);
        if (result.Outcome == CampaignOutcome.Done)
        {
            audit.Write(who, AuditActions.CampaignOpened, time.GetUtcNow(), detail: $"{survey} {result.Status!.Period}: {result.Invitations!.Invited} invited");
        }

        return Answer(result);
    }

    public static async Task<IResult> Close(string survey, HttpContext context, CampaignDesk desk, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync(context.Request, whenEmpty: new CloseCampaignRequest(null));
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        var who = ConversationApi.Who(context);
        var result = desk.Close(survey, body.ReopensOn, who);
        if (result.Outcome == CampaignOutcome.Done)
        {
            audit.Write(who, AuditActions.CampaignClosed, time.GetUtcNow(), detail: $"{survey} {result.Status!.Period}" + (body.ReopensOn is { } day ? ", reopens " + day : ""));
        }

        return Answer(result);
    }

    private static IResult Answer(CampaignResult result) => result.Outcome switch
    {
        CampaignOutcome.Done => TypedResults.Ok(new { status = result.Status, invitations = result.Invitations }),
        CampaignOutcome.UnknownSurvey => HttpProblem.NotFound(result.Reason!),
        CampaignOutcome.Conflict => HttpProblem.Conflict(result.Reason!),
        _ => HttpProblem.BadRequest(result.Reason!),
    };
}
