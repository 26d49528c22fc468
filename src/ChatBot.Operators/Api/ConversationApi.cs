using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Http;
using ChatBot.Operators.Desk;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>The queue and what an operator does with a conversation.</summary>
internal static class ConversationApi
{
    public const int MaxText = 4000;

    public static IResult Queue(ConversationDesk desk) => TypedResults.Ok(desk.Queue());

    /// <summary>
    /// A conversation of the handoff, or any other with <c>?reason=</c> (audited with it); the rest are 404 like an
    /// unknown id (<see cref="ConversationScope"/>).
    /// </summary>
    public static IResult Open(string id, string? reason, HttpContext context, ConversationDesk desk)
    {
        var stated = ConversationScope.Reason(reason, out var error);
        if (error is not null)
        {
            return HttpProblem.BadRequest(error);
        }

        if (desk.Open(id, Who(context), stated) is not { } opened)
        {
            return HttpProblem.NotFound(DeskOutcome.NotFound.Reason);
        }

        var (conversation, record, transcript, notes) = opened;
        var pressed = PressedButtons.Titles(transcript);
        return TypedResults.Ok(new
        {
            conversationId = conversation.Id,
            channel = conversation.Channel,
            language = conversation.Language.Code(),
            state = conversation.Mode switch
            {
                ConversationMode.Operator => "operator",
                ConversationMode.WaitingForOperator => "waiting",
                _ => "bot",
            },
            @operator = conversation.OperatorId,
            reason = record?.Reason.ToString(),
            requestedAt = record?.RequestedAt,
            messages = transcript.Select((t, i) => new
            {
                id = t.Id,
                from = t.From.ToString().ToLowerInvariant(),
                // LiteDB reads an empty string back as null: a button press has only its payload, shown by its title.
                text = string.IsNullOrEmpty(t.Text) ? pressed[i] ?? t.Payload ?? "" : t.Text,
                pressed = string.IsNullOrEmpty(t.Text) && t.Payload is not null,
                buttons = t.Buttons.Select(b => b.Title),
                at = t.At,
            }),
            notes = notes.Select(n => new { n.Operator, n.Text, n.At }),
        });
    }

    public static Task<IResult> Claim(string id, HttpContext context, ConversationDesk desk) =>
        Reply(desk.ClaimAsync(id, Who(context)));

    public static Task<IResult> Release(string id, HttpContext context, ConversationDesk desk) =>
        Reply(desk.ReleaseAsync(id, Who(context)));

    public static Task<IResult> Close(string id, HttpContext context, ConversationDesk desk) =>
        Reply(desk.CloseAsync(id, Who(context)));

    public static async Task<IResult> Say(string id, HttpContext context, ConversationDesk desk)
    {
        var (text, error) = await ReadText(context);
        return text is null ? HttpProblem.BadRequest(error!) : await Reply(desk.SayAsync(id, Who(context), text));
    }

    public static async Task<IResult> Note(string id, HttpContext context, ConversationDesk desk)
    {
        var (text, error) = await ReadText(context);
        return text is null ? HttpProblem.BadRequest(error!) : await Reply(desk.NoteAsync(id, Who(context), text));
    }

    public static async Task<IResult> Transfer(string id, HttpContext context, ConversationDesk desk)
    {
        var (body, error) = await JsonBody.ReadAsync<TransferRequest>(context.Request, optional: false);
        return string.IsNullOrWhiteSpace(body?.Login)
            ? HttpProblem.BadRequest(error ?? "send {\"login\"} of the operator to transfer to")
            : await Reply(desk.TransferAsync(id, Who(context), body.Login.Trim().ToLowerInvariant()));
    }

    public static IResult Canned(ICannedAnswers canned) => TypedResults.Ok(canned.All());

    public static string Who(HttpContext context) => context.User.Identity!.Name!;

    private static async Task<(string? Text, string? Error)> ReadText(HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync<TextRequest>(context.Request, optional: false);
        var text = body?.Text?.Trim();
        return body is null ? (null, error)
            : string.IsNullOrEmpty(text) ? (null, "text is empty")
            : text.Length > MaxText ? (null, $"text is longer than {MaxText} characters")
            : (text, null);
    }

    private static async Task<IResult> Reply(Task<DeskOutcome> action) => (await action) switch
    {
        { Result: DeskResult.Done } => TypedResults.NoContent(),
        { Result: DeskResult.NotFound } outcome => HttpProblem.NotFound(outcome.Reason),
        var outcome => HttpProblem.Conflict(outcome.Reason),
    };
}
