using System.Net;
using System.Text.Json;
using ChatBot.Core.Flows;
using ChatBot.Testing;

namespace ChatBot.Tests.Web;

/// <summary>The survey in the widget's chat API, and its results behind the admin key.</summary>
public sealed class SurveyWebTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    private const string Results = "/api/admin/surveys/business_climate_survey/results?period=2026";
    private readonly ChatClient _chat = host.Chat();

    private static FlowDefinition Survey => SharedModel.Dialogs.Find("business_climate_survey")!;

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task TheSurveyStartsFromTheMenuButtonAndItsButtonsAnswerIt(string lang)
    {
        var language = lang == "kk" ? Core.Messages.Language.Kk : Core.Messages.Language.Ru;
        var chat = await _chat.StartAsync(lang);
        var menu = await _chat.SayAsync(chat, "/menu");
        Assert.Contains(menu.Replies.Single().Buttons, b => b.Payload == FlowPayloads.Start(Survey.Id));

        var started = await _chat.PressAsync(chat, FlowPayloads.Start(Survey.Id));
        Assert.Equal(Survey.Title.In(language) + "\n\n" + Survey.Intro.In(language), started.Replies[0].Text);
        Assert.StartsWith("1 / 15\n\n" + Survey.Steps[0].Prompt.In(language), started.Replies[1].Text, StringComparison.Ordinal);

        var next = await _chat.PressAsync(chat, started.Replies[1].Buttons[0].Payload);
        Assert.StartsWith("2 / 15\n\n" + Survey.Steps[1].Prompt.In(language), Assert.Single(next.Replies).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task ResultsWithoutTheAdminKeyAre401(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Results);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        using var response = await _chat.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/admin/surveys/business_climate_survey/results?period=26", HttpStatusCode.BadRequest)]
    [InlineData("/api/admin/surveys/business_climate_survey/results", HttpStatusCode.BadRequest)]
    [InlineData("/api/admin/surveys/no_such_survey/results?period=2026", HttpStatusCode.NotFound)]
    public async Task BadRequestsForResultsGetA4xx(string path, HttpStatusCode expected)
    {
        using var response = await Admin(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ResultsWithTheKeyCarryRespondentsAgainstTheYearlyTarget()
    {
        using var response = await Admin(Results);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("respondents").GetInt32() >= 0);
        Assert.Equal(2300, json.RootElement.GetProperty("target").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("crossTabs")[0].GetProperty("rows").GetArrayLength());
    }

    private Task<HttpResponseMessage> Admin(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Admin-Key", WebChatHost.AdminKey);
        return _chat.Http.SendAsync(request);
    }
}
