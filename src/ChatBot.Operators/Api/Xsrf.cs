using ChatBot.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Operators.Api;

/// <summary>
/// Antiforgery the common way for script clients: the request token goes into a readable <c>XSRF-TOKEN</c>
/// cookie, and every state-changing call sends it back in the <c>X-XSRF-TOKEN</c> header.
/// </summary>
public static class Xsrf
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    /// <summary>Issues tokens for <paramref name="context"/>'s user (set it to the new principal right after a login).</summary>
    public static void Issue(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
        });
    }

    /// <summary>
    /// Refuses calls without a valid token (<see cref="Require"/>) and marks the endpoints so, for the OpenAPI
    /// description: a filter alone leaves no trace in an endpoint's metadata.
    /// </summary>
    public static TBuilder RequireXsrf<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(Require).WithMetadata(XsrfRequired.Instance);

    /// <summary>An endpoint filter: refuses a call without a valid token with 400 and the reason.</summary>
    public static async ValueTask<object?> Require(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return HttpProblem.BadRequest($"missing or invalid {HeaderName} header: send the value of the {CookieName} cookie");
        }

        return await next(invocation);
    }
}

/// <summary>The mark of an endpoint that takes the <see cref="Xsrf.HeaderName"/> header.</summary>
public sealed class XsrfRequired
{
    public static readonly XsrfRequired Instance = new();

    private XsrfRequired()
    {
    }
}
