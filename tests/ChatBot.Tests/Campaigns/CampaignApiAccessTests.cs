using System.Net;
using System.Text;
using ChatBot.Tests.Operators;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>The campaign admin API refuses callers without the admin role and bad input with the reason; one service for all.</summary>
public sealed class CampaignApiAccessTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    private const string Campaigns = "/admin/campaigns";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", Campaigns },
        { "GET", Campaigns + "/" + Id },
        { "POST", Campaigns + "/" + Id + "/open" },
        { "POST", Campaigns + "/" + Id + "/close" },
    };

    private static Task<HttpResponseMessage> Call(OperatorClient client, string method, string path) =>
        method == "GET" ? client.GetAsync(path) : client.PostAsync(path, new { period = "2026" });

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WithoutASessionEveryCampaignEndpointIs401(string method, string path)
    {
        using var response = await Call(host.Anonymous(), method, path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AnOperatorIsRefusedTheCampaignsWith403(string method, string path)
    {
        using var response = await Call(await host.OperatorAsync(), method, path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OpeningWithoutTheXsrfHeaderIs400WithTheReason()
    {
        using var response = await (await host.AdminAsync()).PostAsync(Campaigns + "/" + Id + "/open", new { }, withXsrf: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-XSRF-TOKEN", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/open", "{\"period\": \"2026-03\"}", HttpStatusCode.BadRequest, "not a year")]
    [InlineData("/open", "{\"period\": 2026", HttpStatusCode.BadRequest, "malformed JSON")]
    [InlineData("/open", "[1, 2]", HttpStatusCode.BadRequest, "malformed JSON")]
    [InlineData("/close", "{\"reopensOn\": \"01.03.2027\"}", HttpStatusCode.BadRequest, "not a date")]
    [InlineData("/close", "{\"reopensOn\": \"2026-01-01\"}", HttpStatusCode.BadRequest, "not after today")]
    public async Task BadInputIsRefusedWithTheReasonAndChangesNothing(string action, string body, HttpStatusCode expected, string reason)
    {
        var admin = await host.AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, OperatorClient.Api + Campaigns + "/" + Id + action)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-XSRF-TOKEN", admin.XsrfToken);

        using var response = await admin.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Equal("always_open", (await admin.JsonAsync(Campaigns + "/" + Id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnUnknownSurveyIs404()
    {
        var admin = await host.AdminAsync();
        using var open = await admin.PostAsync(Campaigns + "/no_such_survey/open");
        using var status = await admin.GetAsync(Campaigns + "/no_such_survey");

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Contains(Id, await open.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }
}
