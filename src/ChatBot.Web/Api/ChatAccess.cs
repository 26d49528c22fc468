using ChatBot.Core.WebChats;
using ChatBot.Http;
using ChatBot.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Web.Api;

/// <summary>A token opens its own conversation only: missing or wrong is 401, an unknown conversation 404.</summary>
internal sealed class ChatAccess(IWebChats chats)
{
    /// <param name="allowQueryToken">EventSource cannot send headers, so the event stream also takes <c>?token=</c>.</param>
    public WebChat? Open(HttpContext context, string id, bool allowQueryToken, out ProblemHttpResult? refusal)
    {
        var token = BearerToken(context.Request) ?? (allowQueryToken ? context.Request.Query["token"].ToString() : null);
        if (string.IsNullOrEmpty(token))
        {
            refusal = HttpProblem.Unauthorized("an Authorization header with Bearer and the token is required", ChatApi.Titles);
            return null;
        }

        var chat = ChatTokens.LooksLikeId(id) ? chats.Find(id) : null;
        if (chat is null)
        {
            refusal = HttpProblem.NotFound("no such conversation", ChatApi.Titles);
            return null;
        }

        if (!ChatTokens.Matches(token, chat.TokenHash))
        {
            refusal = HttpProblem.Unauthorized("the token does not open this conversation", ChatApi.Titles);
            return null;
        }

        refusal = null;
        return chat;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
