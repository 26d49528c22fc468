using ChatBot.Core.Applications;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Http;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>
/// Applications in the console: the list with its filters, one application with its history and due dates, its
/// attachments (operators only, each read audited), and the consultants' actions (docs/applications.md).
/// </summary>
internal static class ApplicationApi
{
    public static IResult List(
        string? kind, string? status, string? consultant, string? overdue, string? olderThanDays, IApplications applications, ApplicationClock clock, TimeProvider time)
    {
        if (ApplicationFilter.Read(kind, status, consultant, overdue, olderThanDays, out var error) is not { } filter)
        {
            return HttpProblem.BadRequest(error!);
        }

        var now = time.GetUtcNow();
        return TypedResults.Ok(applications.All()
            .Select(a => (Application: a, Timing: clock.Of(a, now)))
            .Where(x => filter.Matches(x.Application, x.Timing, now))
            .OrderByDescending(x => x.Application.IsOpen && x.Timing.Overdue)
            .ThenBy(x => x.Application.CreatedAt)
            .Select(x => new
            {
                id = x.Application.Id,
                kind = x.Application.Kind.Code(),
                status = x.Application.Status.Code(),
                assignedTo = x.Application.AssignedTo,
                channel = x.Application.Channel,
                language = x.Application.Language.Code(),
                createdAt = x.Application.CreatedAt,
                ageDays = (int)(now - x.Application.CreatedAt).TotalDays,
                firstResponseDue = x.Timing.FirstResponseDue,
                answerDue = x.Timing.AnswerDue,
                overdue = x.Application.IsOpen && x.Timing.Overdue,
                attachments = x.Application.Attachments.Count,
            }));
    }

    public static IResult Open(string id, HttpContext context, IApplications applications, ApplicationClock clock, IAuditLog audit, TimeProvider time)
    {
        if (applications.Find(id) is not { } application)
        {
            return HttpProblem.NotFound($"application {id} is not known");
        }

        var now = time.GetUtcNow();
        audit.Write(ConversationApi.Who(context), AuditActions.ApplicationView, now, application.ConversationId, detail: application.Id);
        var timing = clock.Of(application, now);
        return TypedResults.Ok(new
        {
            id = application.Id,
            conversationId = application.ConversationId,
            channel = application.Channel,
            language = application.Language.Code(),
            kind = application.Kind.Code(),
            status = application.Status.Code(),
            next = ApplicationTransitions.From(application.Status).Select(s => s.Code()),
            assignedTo = application.AssignedTo,
            description = application.Description ?? "",
            name = application.Name ?? "",
            phone = application.Phone ?? "",
            answerBy = application.AnswerBy.ToString().ToLowerInvariant(),
            createdAt = application.CreatedAt,
            firstResponseAt = application.FirstResponseAt,
            answeredAt = application.AnsweredAt,
            firstResponseDue = timing.FirstResponseDue,
            answerDue = timing.AnswerDue,
            overdue = application.IsOpen && timing.Overdue,
            satisfaction = application.Satisfaction,
            erased = application.ErasedAt is not null,
            attachments = application.Attachments.Select((a, i) => new { index = i, fileName = a.FileName, mediaType = a.MediaType, size = a.Size }),
            history = application.History.Select(c => new
            {
                at = c.At,
                by = c.By,
                kind = c.Kind.ToString().ToLowerInvariant(),
                status = c.Status.Code(),
                assignedTo = c.AssignedTo,
                text = c.Text,
            }),
        });
    }

    /// <summary>An attachment's bytes, for operators only; every read is audited like opening the application.</summary>
    public static IResult Attachment(string id, int index, HttpContext context, IApplications applications, IAuditLog audit, TimeProvider time)
    {
        if (applications.Find(id) is not { } application || index < 0 || index >= application.Attachments.Count)
        {
            return HttpProblem.NotFound($"application {id} has no attachment {index}");
        }

        var attachment = application.Attachments[index];
        audit.Write(ConversationApi.Who(context), AuditActions.ApplicationView, time.GetUtcNow(), application.ConversationId, detail: $"{application.Id} #{index}");
        return TypedResults.File(attachment.Content, attachment.MediaType, attachment.FileName);
    }

    public static async Task<IResult> Assign(string id, HttpContext context, ApplicationDesk desk, IOperatorAccountStore accounts)
    {
        var (body, error) = await JsonBody.ReadAsync<AssignRequest>(context.Request, optional: false);
        var login = body?.Login?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(login))
        {
            return HttpProblem.BadRequest(error ?? "send {\"login\"} of the consultant, and a \"note\" if you like");
        }

        if (accounts.Find(login) is not { Role: OperatorRoles.Operator, Disabled: false })
        {
            return HttpProblem.Conflict($"'{login}' is not an active operator");
        }

        return Result(await desk.AssignAsync(id, ConversationApi.Who(context), login, Note(body!.Note)));
    }

    public static async Task<IResult> SetStatus(string id, HttpContext context, ApplicationDesk desk)
    {
        var (body, error) = await JsonBody.ReadAsync<StatusRequest>(context.Request, optional: false);
        if (body is null || ApplicationStatusCodes.Parse(body.Status) is not { } status)
        {
            return HttpProblem.BadRequest(error ?? $"send {{\"status\"}}: one of {string.Join(", ", ApplicationStatusCodes.All)}");
        }

        return Result(await desk.SetStatusAsync(id, ConversationApi.Who(context), status, Note(body.Note)));
    }

    public static async Task<IResult> Reply(string id, HttpContext context, ApplicationDesk desk)
    {
        var (body, error) = await JsonBody.ReadAsync<ApplicationReplyRequest>(context.Request, optional: false);
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ConversationApi.MaxText)
        {
            return HttpProblem.BadRequest(error ?? $"send {{\"text\"}} of 1 to {ConversationApi.MaxText} characters, and \"asking\": true for a question back");
        }

        return Result(await desk.ReplyAsync(id, ConversationApi.Who(context), text, body!.Asking));
    }

    public static async Task<IResult> AddNote(string id, HttpContext context, ApplicationDesk desk)
    {
        var (body, error) = await JsonBody.ReadAsync<TextRequest>(context.Request, optional: false);
        var text = body?.Text?.Trim();
        return string.IsNullOrEmpty(text) || text.Length > ConversationApi.MaxText
            ? HttpProblem.BadRequest(error ?? $"send {{\"text\"}} of 1 to {ConversationApi.MaxText} characters")
            : Result(await desk.NoteAsync(id, ConversationApi.Who(context), text));
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, ConversationApi.MaxText)];

    private static IResult Result(ApplicationDeskResult result) => result.Outcome switch
    {
        ApplicationDeskOutcome.Done => TypedResults.NoContent(),
        ApplicationDeskOutcome.NotFound => HttpProblem.NotFound("the application is not known"),
        _ => HttpProblem.Conflict(result.Reason!),
    };
}
