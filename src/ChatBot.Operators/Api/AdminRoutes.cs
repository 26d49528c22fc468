using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Operators.Api;

/// <summary>
/// The one place admin endpoints are added: everything under <c>/api/operator/admin</c> takes the admin role, and
/// every change (POST, PUT, DELETE) the XSRF header too. A feature maps its endpoints here and cannot leave either out.
/// </summary>
public sealed class AdminRoutes
{
    public const string Prefix = "/api/operator/admin";

    private readonly RouteGroupBuilder _reads;
    private readonly RouteGroupBuilder _changes;

    private AdminRoutes(RouteGroupBuilder reads)
    {
        _reads = reads;
        _changes = reads.MapGroup("").RequireXsrf();
    }

    /// <summary>The admin group on <paramref name="app"/>; made once, by <see cref="OperatorEndpoints.MapOperators"/>.</summary>
    internal static AdminRoutes On(IEndpointRouteBuilder app) =>
        new(app.MapGroup(Prefix).WithTags("Admin").RequireAuthorization(OperatorServices.AdminPolicy));

    /// <summary>A part of the admin API under <c>/api/operator/admin{prefix}</c>, with the same rules.</summary>
    public AdminRoutes Under(string prefix) => new(_reads.MapGroup(prefix).WithTags("Admin: " + prefix.Trim('/')));

    public RouteHandlerBuilder MapGet(string pattern, Delegate handler) => _reads.MapGet(pattern, handler);

    public RouteHandlerBuilder MapPost(string pattern, Delegate handler) => _changes.MapPost(pattern, handler);

    public RouteHandlerBuilder MapPut(string pattern, Delegate handler) => _changes.MapPut(pattern, handler);

    public RouteHandlerBuilder MapDelete(string pattern, Delegate handler) => _changes.MapDelete(pattern, handler);
}
