using ChatBot.Core.WebChats;
using ChatBot.Http;
using ChatBot.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Web.Api;

/// <summary>
/// A token opens its own conversation only: missing or wrong is 401, an unknown conversation 404. The event stream
/// also takes a ticket (<see cref="StreamTickets"/>), never the token, in its URL.
/// </summary>
internal sealed class ChatAccess(IWebChats chats, StreamTickets tickets)
{
    public WebChat? Open(HttpContext context, string id, out ProblemHttpResult? refusal)
    {
        var token = BearerToken(context.Request);
        if (string.IsNullOrEmpty(token))
        {
            refusal = HttpProblem.Unauthorized("an Authorization header with Bearer and the token is required", ChatApi.Titles);
            return null;
        }

        var chat = Find(id, out refusal);
        if (chat is not null && !ChatTokens.Matches(token, chat.TokenHash))
        {
            refusal = HttpProblem.Unauthorized("the token does not open this conversation", ChatApi.Titles);
            return null;
        }

        return chat;
    }

    /// <summary>The token in the header, or a ticket in <c>?ticket=</c> (EventSource cannot send headers).</summary>
    public WebChat? OpenStream(HttpContext context, string id, out ProblemHttpResult? refusal)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        if (BearerToken(context.Request) is not null || ticket.Length == 0)
        {
            return Open(context, id, out refusal);
        }

        var chat = Find(id, out refusal);
        if (chat is null)
        {
            return null;
        }

        if (tickets.Open(ticket) is not { } opens)
        {
            refusal = HttpProblem.Unauthorized("the ticket has expired or is not valid: get a new one with POST …/events/ticket", ChatApi.Titles);
            return null;
        }

        if (opens != chat.Id)
        {
            refusal = HttpProblem.Unauthorized("the ticket does not open this conversation", ChatApi.Titles);
            return null;
        }

        return chat;
    }

    private WebChat? Find(string id, out ProblemHttpResult? refusal)
    {
        var chat = ChatTokens.LooksLikeId(id) ? chats.Find(id) : null;
        refusal = chat is null ? HttpProblem.NotFound("no such conversation", ChatApi.Titles) : null;
        return chat;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
