using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Flows;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Tests.Operators;
using static ChatBot.Tests.Campaigns.CampaignScript;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>An admin runs a campaign over HTTP while a web chat user subscribed to news; the whole service in memory.</summary>
public sealed class CampaignApiTests : IDisposable
{
    private const string Survey = "/admin/campaigns/" + Id;
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task OpeningInvitesAWebSubscriberThroughItsEventStreamOnceAndClosingRefusesNewStarts()
    {
        var chat = _host.Chat();
        var subscriber = await chat.StartAsync("kk");
        var stranger = await chat.StartAsync("ru");
        Assert.Equal(T(CampaignTextKeys.NewsSubscribed, Language.Kk), (await chat.PressAsync(subscriber, NewsPayloads.Subscribe)).Replies[0].Text);
        using var events = await chat.OpenEventsAsync(subscriber);
        var admin = await _host.AdminAsync();

        var opened = await JsonOf(await admin.PostAsync(Survey + "/open", new { period = "2026" }));

        Assert.Equal("open", opened.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("2026", opened.GetProperty("status").GetProperty("period").GetString());
        Assert.Equal(1, opened.GetProperty("invitations").GetProperty("invited").GetInt32());
        var (_, invitation) = await events.NextAsync();
        Assert.Equal(Invitation(Language.Kk), invitation.Text);
        Assert.Equal(FlowPayloads.Start(Id), invitation.Buttons[0].Payload);

        var again = await JsonOf(await admin.PostAsync(Survey + "/open"));
        Assert.Equal(0, again.GetProperty("invitations").GetProperty("invited").GetInt32());
        Assert.Equal(1, again.GetProperty("invitations").GetProperty("alreadyInvited").GetInt32());
        Assert.Equal(1, again.GetProperty("status").GetProperty("invited").GetInt32());
        Assert.DoesNotContain((await chat.HistoryAsync(stranger)).Messages, m => m.Text == Invitation(Language.Ru));

        var started = await chat.PressAsync(subscriber, invitation.Buttons[0].Payload);
        Assert.Equal(Opening(Language.Kk), started.Replies[0].Text);
        Assert.StartsWith(Asked("sector", 1, 11, Language.Kk), started.Replies[1].Text, StringComparison.Ordinal);

        using (var conflict = await admin.PostAsync(Survey + "/open", new { period = "2027" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
            Assert.Contains("close it first", await conflict.Content.ReadAsStringAsync());
        }

        var closed = await JsonOf(await admin.PostAsync(Survey + "/close", new { reopensOn = "2027-03-01" }));
        Assert.Equal("closed", closed.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal("2027-03-01", (await admin.JsonAsync(Survey)).GetProperty("reopensOn").GetString());

        var refused = await chat.SayAsync(stranger, "/start survey");
        Assert.StartsWith(Closed(Language.Ru), refused.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("01.03.2027", refused.Replies[0].Text, StringComparison.Ordinal);

        var audit = (await admin.JsonAsync("/admin/audit")).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains(AuditActions.CampaignOpened, audit);
        Assert.Contains(AuditActions.CampaignClosed, audit);
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
