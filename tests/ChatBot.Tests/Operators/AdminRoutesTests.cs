using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ChatBot.Tests.Operators;

/// <summary>
/// Every endpoint under /api/operator/admin, whichever feature mapped it, takes the admin role, and every change the
/// XSRF header: read from the service's own routes, so an endpoint added later is checked too.
/// </summary>
public sealed class AdminRoutesTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    [Fact]
    public void TheAdminEndpointsOfEveryFeatureAreUnderTheOneAdminPrefix()
    {
        var paths = AdminEndpoints().Select(e => e.Path).ToList();

        Assert.Contains("/api/operator/admin/accounts", paths);
        Assert.Contains("/api/operator/admin/campaigns", paths);
        Assert.Contains("/api/operator/admin/surveys/x/results", paths);
        Assert.Contains("/api/operator/admin/trainings", paths);
    }

    [Fact]
    public async Task EveryAdminEndpointRefusesAnOperatorWith403()
    {
        var aigerim = await host.OperatorAsync();
        foreach (var (method, path) in AdminEndpoints())
        {
            using var request = Request(method, path);
            request.Headers.Add("X-XSRF-TOKEN", aigerim.XsrfToken);
            using var response = await aigerim.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryAdminChangeWithoutTheXsrfHeaderIs400WithTheReason()
    {
        var admin = await host.AdminAsync();
        foreach (var (method, path) in AdminEndpoints().Where(e => e.Method != "GET"))
        {
            using var response = await admin.Http.SendAsync(Request(method, path));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode}");
            Assert.Contains("X-XSRF-TOKEN", await response.Content.ReadAsStringAsync());
        }
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json") };

    private List<(string Method, string Path)> AdminEndpoints()
    {
        var endpoints = host.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Path: Sample(e.RoutePattern))))
            .Where(e => e.Path.StartsWith("/api/operator/admin", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(endpoints);
        return endpoints;
    }

    /// <summary>A path the pattern matches: "x" for a parameter, "1" for a number.</summary>
    private static string Sample(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => parameter.ParameterPolicies.Any(p => p.Content is "long" or "int") ? "1" : "x",
        _ => "",
    }))));
}
