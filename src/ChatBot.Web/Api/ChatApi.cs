using System.Globalization;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Core.WebChats;
using ChatBot.Http;
using ChatBot.Web.Access;
using ChatBot.Web.Events;
using ChatBot.Web.Limits;
using ChatBot.Web.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Web.Api;

/// <summary>
/// The chat API under <c>/api/chat/conversations</c>: start a conversation, send a message, read the history, follow
/// the live events. The conversation id the API shows is the web channel's chat id.
/// </summary>
internal static class ChatApi
{
    public const string DocumentName = "chat";
    public const string CorsPolicy = "web-chat";

    /// <summary>The chat API's problems have always been titled in sentence case ("Bad request").</summary>
    public const ProblemTitle Titles = ProblemTitle.Sentence;

    public static RouteGroupBuilder MapChatApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(WebChatEndpoints.ApiRoot + "/conversations")
            .WithTags("Web chat")
            .WithGroupName(DocumentName)
            .RequireCors(CorsPolicy);
        api.MapPost("/", StartAsync)
            .WithSummary("Starts a conversation; the replies are the greeting. Keep the token: it opens this conversation only.")
            .DescribeJsonBody<StartConversationRequest>(required: false)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/{id}/messages", SendAsync)
            .WithSummary("Sends typed text or a pressed button's payload (Authorization: Bearer <token>) and returns the replies.")
            .DescribeJsonBody<SendMessageRequest>(required: true)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/{id}/history", History)
            .WithSummary("The transcript, oldest first, and lastEventId to resume the event stream from.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/events/ticket", Ticket)
            .WithSummary("A ticket that opens this conversation's event stream for 60 s (Authorization: Bearer <token>), "
                + "for EventSource, which cannot send the token in a header; get a new one for each (re)connection.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/events", Events)
            .WithSummary("text/event-stream of messages that did not come in a response (an operator's, a later bot message); "
                + "the token in the header or a ticket in ?ticket=, resume with Last-Event-ID or ?lastEventId=.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<Results<Created<StartConversationResponse>, ProblemHttpResult>> StartAsync(
        HttpContext context, WebTurns turns, IWebChats chats, ChatRateLimits limits, TimeProvider time)
    {
        if (!limits.TryAddress(ClientAddress.Of(context), out var wait))
        {
            return TooManyRequests(context, "address", wait);
        }

        var (request, error) = await JsonBody.ReadAsync<StartConversationRequest>(context.Request, optional: true);
        if (error is not null)
        {
            return HttpProblem.BadRequest(error, Titles);
        }

        if (!TryLanguage(request?.Lang, out var language))
        {
            return HttpProblem.BadRequest("lang must be ru or kk", Titles);
        }

        var id = ChatTokens.NewConversationId();
        var token = ChatTokens.NewToken();
        var now = time.GetUtcNow();
        chats.Add(new WebChat { Id = id, TokenHash = ChatTokens.Hash(token), CreatedAt = now });
        var opening = new IncomingMessage(WebTurns.Channel, id, HistoryView.Opening, null, null, now, LanguageHint: language, Source: request?.Source);
        var greeting = await turns.HandleAsync(opening, context.RequestAborted);
        return TypedResults.Created($"/api/chat/conversations/{id}/history", new StartConversationResponse(id, token, greeting.Replies));
    }

    private static async Task<Results<Ok<RepliesResponse>, ProblemHttpResult>> SendAsync(
        string id, HttpContext context, ChatAccess access, WebTurns turns, ChatRateLimits limits, TimeProvider time)
    {
        if (!limits.TryAddress(ClientAddress.Of(context), out var wait))
        {
            return TooManyRequests(context, "address", wait);
        }

        var chat = access.Open(context, id, out var refusal);
        if (chat is null)
        {
            return refusal!;
        }

        if (!limits.TryConversation(chat.Id, out wait))
        {
            return TooManyRequests(context, "conversation", wait);
        }

        var (request, error) = await JsonBody.ReadAsync<SendMessageRequest>(context.Request, optional: false);
        if (request is null)
        {
            return HttpProblem.BadRequest(error ?? "the body must be a JSON object", Titles);
        }

        if (MessageRules.Broken(request) is { } broken)
        {
            return HttpProblem.BadRequest(broken, Titles);
        }

        var message = new IncomingMessage(WebTurns.Channel, chat.Id, request.Text, request.Payload, request.ClientMessageId, time.GetUtcNow(), Source: request.Source);
        return TypedResults.Ok(await turns.HandleAsync(message, context.RequestAborted));
    }

    private static Results<Ok<HistoryResponse>, ProblemHttpResult> History(
        string id, HttpContext context, ChatAccess access, IConversationStore store, IConversationOutbox outbox)
    {
        var chat = access.Open(context, id, out var refusal);
        if (chat is null)
        {
            return refusal!;
        }

        var conversationId = ConversationIds.Of(WebTurns.Channel, chat.Id);

        // The resume point is read before the transcript: a message committed in between then comes on the stream
        // (and may also be in this transcript) rather than being in neither.
        var lastEventId = outbox.LastId(conversationId);
        var messages = HistoryView.Of(store.Transcript(conversationId));
        var language = store.Find(conversationId)?.Language ?? Language.Ru;
        return TypedResults.Ok(new HistoryResponse(chat.Id, language.Code(), messages, lastEventId));
    }

    private static Results<Ok<StreamTicketResponse>, ProblemHttpResult> Ticket(
        string id, HttpContext context, ChatAccess access, StreamTickets tickets)
    {
        var chat = access.Open(context, id, out var refusal);
        if (chat is null)
        {
            return refusal!;
        }

        var (ticket, expiresAt) = tickets.Issue(chat.Id);
        return TypedResults.Ok(new StreamTicketResponse(ticket, expiresAt));
    }

    private static Results<EventStreamResult, ProblemHttpResult> Events(string id, HttpContext context, ChatAccess access)
    {
        var chat = access.OpenStream(context, id, out var refusal);
        if (chat is null)
        {
            return refusal!;
        }

        var resume = context.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header
            ? header
            : context.Request.Query["lastEventId"].ToString();
        long afterId = 0;
        if (resume.Length > 0 && !long.TryParse(resume, NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            return HttpProblem.BadRequest("Last-Event-ID must be a whole number", Titles);
        }

        return new EventStreamResult(ConversationIds.Of(WebTurns.Channel, chat.Id), afterId);
    }

    private static ProblemHttpResult TooManyRequests(HttpContext context, string what, TimeSpan wait)
    {
        var seconds = HttpProblem.RetryAfter(context, wait);
        return HttpProblem.Of(StatusCodes.Status429TooManyRequests, $"too many messages from this {what}; try again in {seconds} s", Titles);
    }

    /// <summary>Exactly "ru" or "kk" (any case); none means Russian.</summary>
    private static bool TryLanguage(string? code, out Language language)
    {
        language = Language.Ru;
        switch (code?.Trim().ToLowerInvariant())
        {
            case null or "ru":
                return true;
            case "kk":
                language = Language.Kk;
                return true;
            default:
                return false;
        }
    }
}
