using System.Net;
using System.Text.Json;
using ChatBot.Tests.Operators;

namespace ChatBot.Tests.Host;

/// <summary>
/// The refusals that no endpoint writes itself (no such path, a method a path does not take, a value the framework
/// cannot bind) are problem details with a reason like every other; before, each went out as a bare status.
/// </summary>
public sealed class EmptyRefusalTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    [Theory]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound, "Not Found", "there is nothing at this address")]
    [InlineData("GET", "/api/chat/no-such-page", HttpStatusCode.NotFound, "Not found", "there is nothing at this address")]
    [InlineData("PUT", "/api/chat/conversations", HttpStatusCode.MethodNotAllowed, "Method not allowed", "this address does not take PUT")]
    [InlineData("DELETE", "/health", HttpStatusCode.MethodNotAllowed, "Method Not Allowed", "this address does not take DELETE")]
    public async Task APathOrMethodNobodyServesIsAProblemWithTheReason(string method, string path, HttpStatusCode status, string title, string reason)
    {
        using var response = await host.Anonymous().Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await AssertProblemAsync(response, status, reason);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/admin/audit?max=many", "max")]
    [InlineData("/admin/surveys/business_climate_survey/results?period=2026&target=abc", "target")]
    [InlineData("/admin/trainings/stats?period=2026&target=abc", "target")]
    public async Task AValueTheFrameworkCannotBindIsA400NamingIt(string path, string parameter)
    {
        using var response = await (await host.AdminAsync()).GetAsync(path);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, $" {parameter}\" from ");
    }

    [Theory]
    [InlineData("/admin/surveys/business_climate_survey/results?period=26", HttpStatusCode.BadRequest, "period must be")]
    [InlineData("/admin/surveys/no_such_survey/results?period=2026", HttpStatusCode.NotFound, "no survey 'no_such_survey'")]
    public async Task TheSurveyResultsRefuseWithProblemDetails(string path, HttpStatusCode status, string reason)
    {
        using var response = await (await host.AdminAsync()).GetAsync(path);

        await AssertProblemAsync(response, status, reason);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }
}
