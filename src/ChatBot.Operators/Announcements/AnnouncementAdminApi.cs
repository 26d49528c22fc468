using System.Globalization;
using ChatBot.Core.Announcements;
using ChatBot.Core.Operators;
using ChatBot.Http;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Announcements;

/// <summary>
/// An admin writes, previews, sends, stops and resumes announcements, and reads their progress and figures. Every
/// change is audited; every refusal is a problem details answer with the reason.
/// </summary>
internal static class AnnouncementAdminApi
{
    public static IResult All(AnnouncementDesk desk) => TypedResults.Ok(desk.All().Select(Shown));

    public static IResult One(string id, AnnouncementDesk desk) =>
        desk.View(id) is { } view ? TypedResults.Ok(Shown(view)) : HttpProblem.NotFound($"no announcement '{id}'");

    public static IResult Preview(string id, AnnouncementDesk desk) =>
        desk.Preview(id) is { } preview ? TypedResults.Ok(preview) : HttpProblem.NotFound($"no announcement '{id}'");

    /// <summary>A draft's preview before it is saved, with the same checks as saving it.</summary>
    public static async Task<IResult> PreviewDraft(HttpContext context, AnnouncementDesk desk)
    {
        var (body, error) = await JsonBody.ReadAsync<AnnouncementRequest>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        var (preview, problem) = desk.Preview(Draft(body));
        return preview is not null ? TypedResults.Ok(preview) : HttpProblem.BadRequest(problem!);
    }

    public static async Task<IResult> Create(HttpContext context, AnnouncementDesk desk, IAuditLog audit, TimeProvider time)
    {
        var (body, error) = await JsonBody.ReadAsync<AnnouncementRequest>(context.Request, optional: false);
        if (body is null)
        {
            return HttpProblem.BadRequest(error!);
        }

        var who = ConversationApi.Who(context);
        var result = desk.Create(Draft(body), who);
        if (result.Outcome != AnnouncementOutcome.Done)
        {
            return Answer(result);
        }

        var created = result.View!.Announcement;
        audit.Write(who, AuditActions.AnnouncementCreated, time.GetUtcNow(), detail: $"{created.Id}: {string.Join(", ", created.Topics)} via {string.Join(", ", created.Channels)}");
        return TypedResults.Created($"{AdminRoutes.Prefix}/announcements/{created.Id}", Shown(result.View));
    }

    public static IResult Send(string id, HttpContext context, AnnouncementDesk desk, IAuditLog audit, TimeProvider time) =>
        Change(id, context, audit, time, desk.Send, AuditActions.AnnouncementSent);

    public static IResult Stop(string id, HttpContext context, AnnouncementDesk desk, IAuditLog audit, TimeProvider time) =>
        Change(id, context, audit, time, desk.Stop, AuditActions.AnnouncementStopped);

    public static IResult Resume(string id, HttpContext context, AnnouncementDesk desk, IAuditLog audit, TimeProvider time) =>
        Change(id, context, audit, time, desk.Resume, AuditActions.AnnouncementResumed);

    /// <summary>The figures for the reports over [from, to), dates as yyyy-MM-dd (Almaty days); the whole history by default.</summary>
    public static IResult Figures(string? from, string? to, IAnnouncementFigures figures)
    {
        if (Day(from, DateTimeOffset.MinValue, out var start) is { } badFrom)
        {
            return HttpProblem.BadRequest(badFrom);
        }

        if (Day(to, DateTimeOffset.MaxValue, out var end) is { } badTo)
        {
            return HttpProblem.BadRequest(badTo);
        }

        return end <= start ? HttpProblem.BadRequest("'to' must be after 'from'") : TypedResults.Ok(figures.For(start, end));
    }

    private static IResult Change(string id, HttpContext context, IAuditLog audit, TimeProvider time, Func<string, string, AnnouncementResult> change, string action)
    {
        var who = ConversationApi.Who(context);
        var result = change(id, who);
        if (result.Outcome == AnnouncementOutcome.Done)
        {
            var queued = result.Queueing is { } report ? $": {report.Queued} queued" : "";
            audit.Write(who, action, time.GetUtcNow(), detail: id + queued);
        }

        return Answer(result);
    }

    private static AnnouncementDraft Draft(AnnouncementRequest body) => new(body.TextRu, body.TextKk, body.Topics, body.Channels, body.Survey);

    private static object Shown(AnnouncementView view) => new
    {
        id = view.Announcement.Id,
        textRu = view.Announcement.TextRu,
        textKk = view.Announcement.TextKk,
        topics = view.Announcement.Topics,
        channels = view.Announcement.Channels,
        survey = view.Announcement.SurveyId,
        state = view.Announcement.State,
        createdAt = view.Announcement.CreatedAt,
        createdBy = view.Announcement.CreatedBy,
        sentAt = view.Announcement.SentAt,
        sentBy = view.Announcement.SentBy,
        stoppedAt = view.Announcement.StoppedAt,
        stoppedBy = view.Announcement.StoppedBy,
        recipients = new
        {
            view.Recipients.Queued,
            view.Recipients.Sent,
            view.Recipients.Failed,
            view.Recipients.Blocked,
            view.Recipients.Withdrawn,
            view.Recipients.Total,
        },
        complete = view.Complete,
    };

    private static IResult Answer(AnnouncementResult result) => result.Outcome switch
    {
        AnnouncementOutcome.Done => TypedResults.Ok(new { announcement = Shown(result.View!), queueing = result.Queueing }),
        AnnouncementOutcome.Unknown => HttpProblem.NotFound(result.Reason!),
        AnnouncementOutcome.Conflict => HttpProblem.Conflict(result.Reason!),
        _ => HttpProblem.BadRequest(result.Reason!),
    };

    private static string? Day(string? value, DateTimeOffset whenEmpty, out DateTimeOffset at)
    {
        at = whenEmpty;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return $"'{value}' is not a date such as 2026-01-31";
        }

        at = Core.Time.AlmatyTime.ToUtc(day, TimeOnly.MinValue);
        return null;
    }
}
