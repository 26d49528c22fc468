using System.Net;
using ChatBot.Tests.Operators;

namespace ChatBot.Tests.Flows;

/// <summary>The survey's results behind the admin's console session, on the whole service.</summary>
public sealed class SurveyResultsApiTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    private const string Results = "/admin/surveys/business_climate_survey/results?period=2026";

    [Fact]
    public async Task WithoutASessionTheResultsAre401()
    {
        using var response = await host.Anonymous().GetAsync(Results);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnOperatorIsRefusedTheResultsWith403()
    {
        using var response = await (await host.OperatorAsync()).GetAsync(Results);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/surveys/business_climate_survey/results?period=26", HttpStatusCode.BadRequest, "period must be")]
    [InlineData("/admin/surveys/business_climate_survey/results", HttpStatusCode.BadRequest, "period must be")]
    [InlineData("/admin/surveys/business_climate_survey/results?period=2026&target=0", HttpStatusCode.BadRequest, "target must be")]
    [InlineData("/admin/surveys/no_such_survey/results?period=2026", HttpStatusCode.NotFound, "no survey")]
    public async Task BadRequestsForResultsGetA4xxWithTheReason(string path, HttpStatusCode expected, string reason)
    {
        using var response = await (await host.AdminAsync()).GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAdminGetsRespondentsAgainstTheYearlyTargetAndTheDistrictCrossTab()
    {
        var results = await (await host.AdminAsync()).JsonAsync(Results);
        Assert.True(results.GetProperty("respondents").GetInt32() >= 0);
        Assert.Equal(2300, results.GetProperty("target").GetInt32());
        Assert.Equal(8, results.GetProperty("crossTabs")[0].GetProperty("rows").GetArrayLength());
    }
}
