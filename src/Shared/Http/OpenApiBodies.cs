using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace ChatBot.Http;

/// <summary>
/// Describes a JSON request body in the OpenAPI document without <c>Accepts</c>, whose content-type check would turn a
/// body sent as form data into a bare 415: the API reads any body as JSON and says what is wrong with it.
/// </summary>
internal static class OpenApiBodies
{
    public static RouteHandlerBuilder DescribeJsonBody<T>(this RouteHandlerBuilder builder, bool required) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = required,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
