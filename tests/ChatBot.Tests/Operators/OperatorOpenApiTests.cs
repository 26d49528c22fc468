using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace ChatBot.Tests.Operators;

/// <summary>
/// The operator API's OpenAPI description at /api/operator/openapi/operator.json: open to anyone, valid, and complete,
/// checked against the service's own routes so that an endpoint added later cannot be left out.
/// </summary>
public sealed class OperatorOpenApiTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    private const string DocumentPath = "/api/operator/openapi/operator.json";

    [Fact]
    public async Task TheDescriptionIsServedWithoutASessionAndParsesWithoutErrors()
    {
        using var response = await host.Anonymous().Http.GetAsync(DocumentPath);
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = OpenApiDocument.Parse(json, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Equal("ChatBot operator API", read.Document!.Info.Title);
    }

    [Fact]
    public async Task ItListsTheKnowledgeAndInboxPathsWithTheirMethods()
    {
        var paths = (await DocumentAsync()).RootElement.GetProperty("paths");

        Assert.Equal(["get"], Methods(paths, "/api/operator/knowledge/topics"));
        Assert.Equal(["get", "put"], Methods(paths, "/api/operator/knowledge/topics/{id}"));
        Assert.Equal(["post"], Methods(paths, "/api/operator/knowledge/topics/{id}/phrasings"));
        Assert.Equal(["post"], Methods(paths, "/api/operator/knowledge/history/{changeId}/revert"));
        Assert.Equal(["get"], Methods(paths, "/api/operator/knowledge/model"));
        Assert.Equal(["post"], Methods(paths, "/api/operator/knowledge/model/confirm"));
        Assert.Equal(["get"], Methods(paths, "/api/operator/inbox"));
        Assert.Equal(["post"], Methods(paths, "/api/operator/inbox/act"));
        Assert.Equal(["get"], Methods(paths, "/api/operator/inbox/export.csv"));
    }

    [Fact]
    public async Task ABodyIsDescribedWithItsFields()
    {
        var paths = (await DocumentAsync()).RootElement.GetProperty("paths");

        Assert.Equal(["language", "text"], BodyFields(paths.GetProperty("/api/operator/knowledge/topics/{id}/phrasings").GetProperty("post")));
        Assert.Equal(["action", "ids", "newTopic", "topic"], BodyFields(paths.GetProperty("/api/operator/inbox/act").GetProperty("post")));
        Assert.Contains("questions", BodyFields(paths.GetProperty("/api/operator/knowledge/topics/{id}").GetProperty("put")));
    }

    [Fact]
    public async Task EachOperationSaysWhoMayCallItAndAChangeAsksForTheXsrfHeader()
    {
        using var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths");
        var act = paths.GetProperty("/api/operator/inbox/act").GetProperty("post");
        var list = paths.GetProperty("/api/operator/inbox").GetProperty("get");
        var login = paths.GetProperty("/api/operator/login").GetProperty("post");

        Assert.Equal(["editor", "admin"], act.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()));
        Assert.StartsWith("Roles: editor, admin.", act.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["session", "xsrf"], SecuritySchemes(act));
        Assert.Equal(["session"], SecuritySchemes(list));
        Assert.False(login.TryGetProperty("security", out _));
        Assert.Equal(["admin"], paths.GetProperty("/api/operator/admin/announcements").GetProperty("post").GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("chatbot.operator", schemes.GetProperty("session").GetProperty("name").GetString());
        Assert.Equal("X-XSRF-TOKEN", schemes.GetProperty("xsrf").GetProperty("name").GetString());
    }

    [Fact]
    public async Task EveryRouteMappedUnderTheOperatorApiIsInTheDescription()
    {
        var paths = (await DocumentAsync()).RootElement.GetProperty("paths");
        var described = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name != "parameters").Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet();

        var mapped = host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Path(e.RoutePattern).StartsWith("/api/operator/", StringComparison.Ordinal))
            .Where(e => !IsTheDescriptionItself(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Path(e.RoutePattern)}"))
            .ToList();

        Assert.True(mapped.Count > 60, $"only {mapped.Count} routes found");
        var missing = mapped.Except(described).ToList();
        var extra = described.Except(mapped).ToList();
        Assert.True(missing.Count == 0, "mapped but not described: " + string.Join(", ", missing));
        Assert.True(extra.Count == 0, "described but not mapped: " + string.Join(", ", extra));
    }

    [Fact]
    public async Task EachApiServesOnlyItsOwnDescription()
    {
        var anonymous = host.Anonymous().Http;

        using var operatorAtChat = await anonymous.GetAsync("/api/chat/openapi/operator.json");
        using var chatAtOperator = await anonymous.GetAsync("/api/operator/openapi/chat.json");
        using var chat = await anonymous.GetAsync("/api/chat/openapi/chat.json");

        Assert.Equal(HttpStatusCode.NotFound, operatorAtChat.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chatAtOperator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.DoesNotContain("/api/operator", await chat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonDocument> DocumentAsync() => JsonDocument.Parse(await host.Anonymous().Http.GetStringAsync(DocumentPath));

    private static List<string> Methods(JsonElement paths, string path) =>
        [.. paths.GetProperty(path).EnumerateObject().Select(m => m.Name).Where(m => m != "parameters").Order(StringComparer.Ordinal)];

    private static List<string> BodyFields(JsonElement operation) =>
        [.. operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static List<string> SecuritySchemes(JsonElement operation) =>
        [.. operation.GetProperty("security").EnumerateArray().Single().EnumerateObject().Select(s => s.Name).Order(StringComparer.Ordinal)];

    private static bool IsTheDescriptionItself(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText?.Contains("/openapi/", StringComparison.Ordinal) == true;

    /// <summary>The path as OpenAPI writes it: parameters by name, without their constraints.</summary>
    private static string Path(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => "",
    }))));
}
