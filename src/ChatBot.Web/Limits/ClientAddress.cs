using Microsoft.AspNetCore.Http;

namespace ChatBot.Web.Limits;

/// <summary>The address limits count a client by: the connection's, or the client's behind a known proxy.</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
