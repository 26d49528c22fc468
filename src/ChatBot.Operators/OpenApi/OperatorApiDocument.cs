using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Operators.OpenApi;

/// <summary>
/// The OpenAPI description of everything under <c>/api/operator</c>, whichever feature mapped it: an endpoint is in
/// by its path, so one added later is described without anyone remembering to. Open to anyone, like the chat API's:
/// it holds no data, only what the public source says, and a script or a client generator reads it before it has a
/// session.
/// </summary>
public static class OperatorApiDocument
{
    public const string Name = "operator";

    public const string Path = "/api/operator/openapi/operator.json";

    /// <summary>Serves this document only: a plain <c>{documentName}</c> would serve the chat API's here as well.</summary>
    public const string Route = "/api/operator/openapi/{documentName:regex(^operator$)}.json";

    private const string Prefix = "api/operator";

    internal static IServiceCollection AddOperatorApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, o =>
        {
            o.ShouldInclude = d => d.RelativePath is { } path
                && (path == Prefix || path.StartsWith(Prefix + "/", StringComparison.Ordinal));
            o.AddOperationTransformer(OperatorApiAccess.DescribeAsync);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ChatBot operator API";
                document.Info.Description = "The operator console's API: the handoff desk, applications, the editors' knowledge "
                    + "and review inbox, and the admins' accounts, announcements, campaigns, trainings and reports. Sign in "
                    + "with POST /api/operator/login; the session is a cookie, and every change sends the XSRF-TOKEN "
                    + "cookie's value in the X-XSRF-TOKEN header. Each operation says which roles may call it.";
                OperatorApiAccess.AddSchemes(document);
                return Task.CompletedTask;
            });
        });
}
