using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ChatBot.Operators.OpenApi;

/// <summary>
/// Who may call an operation, read from the endpoint's own authorization and XSRF marks (not written beside each
/// endpoint, where it could drift): the roles in the description and in <c>x-roles</c>, the session cookie and the
/// XSRF header as security requirements, and the answers that refuse a caller.
/// </summary>
internal static class OperatorApiAccess
{
    public const string SessionScheme = "session";
    public const string XsrfScheme = "xsrf";
    public const string RolesExtension = "x-roles";

    public static void AddSchemes(OpenApiDocument document)
    {
        document.AddComponent<IOpenApiSecurityScheme>(SessionScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = OperatorServices.SessionCookie,
            Description = "The session cookie POST /api/operator/login sets; 10 hours, renewed while used.",
        });
        document.AddComponent<IOpenApiSecurityScheme>(XsrfScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Xsrf.HeaderName,
            Description = $"The value of the {Xsrf.CookieName} cookie set at sign-in, sent with every change.",
        });
    }

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policy = await AuthorizationPolicy.CombineAsync(
            context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>(),
            metadata.OfType<IAuthorizeData>(),
            metadata.OfType<AuthorizationPolicy>());
        var xsrf = metadata.OfType<XsrfRequired>().Any();
        var roles = Roles(policy);
        operation.Description = Join(Who(policy, roles), xsrf ? $"A change: send the {Xsrf.HeaderName} header." : null, operation.Description);
        operation.Responses ??= [];
        if (policy is not null)
        {
            var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [] };
            if (xsrf)
            {
                requirement[new OpenApiSecuritySchemeReference(XsrfScheme, context.Document)] = [];
            }

            operation.Security = [requirement];
            operation.Responses.TryAdd("401", Problem("Not signed in, or the session ended."));
        }

        if (roles.Count > 0)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[RolesExtension] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray([.. roles.Select(r => (System.Text.Json.Nodes.JsonNode?)r)]));
            operation.Responses.TryAdd("403", Problem("The account's role may not do this."));
        }

        if (xsrf)
        {
            operation.Responses.TryAdd("400", Problem($"A missing or wrong {Xsrf.HeaderName} header, or a malformed request; the reason is in detail."));
        }
    }

    /// <summary>The roles every role requirement of the policy lets through, in the policy's order.</summary>
    private static List<string> Roles(AuthorizationPolicy? policy)
    {
        var sets = policy?.Requirements.OfType<RolesAuthorizationRequirement>().Select(r => r.AllowedRoles.ToList()).ToList() ?? [];
        return sets.Count == 0 ? [] : [.. sets.Skip(1).Aggregate(sets[0], (all, next) => [.. all.Intersect(next, StringComparer.Ordinal)])];
    }

    private static string Who(AuthorizationPolicy? policy, List<string> roles) => policy switch
    {
        null => "Anyone, without a session.",
        _ when roles.Count > 0 => $"Roles: {string.Join(", ", roles)}.",
        _ => "Any signed-in account.",
    };

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
    };
}
