using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Tests.Operators;
using static ChatBot.Tests.Announcements.AnnouncementScript;

namespace ChatBot.Tests.Announcements;

/// <summary>An admin writes, previews and sends an announcement over HTTP; a widget's event stream receives it; the whole service in memory.</summary>
public sealed class AnnouncementApiTests : IDisposable
{
    private const string Path = "/admin/announcements";
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AnAdminWritesPreviewsAndSendsAnAnnouncementThatTheWidgetReceivesAndItsButtonUnsubscribes()
    {
        var chat = _host.Chat();
        var subscriber = await chat.StartAsync("kk");
        await chat.PressAsync(subscriber, NewsPayloads.Subscribe);
        using var events = await chat.OpenEventsAsync(subscriber);
        var admin = await _host.AdminAsync();

        var created = await JsonOf(await admin.PostAsync(Path, new { textRu = Ru, textKk = Kk, topics = new[] { "support" }, channels = new[] { "telegram", "web" } }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("draft", created.GetProperty("state").GetString());
        var preview = await admin.JsonAsync($"{Path}/{id}/preview");
        Assert.Equal(Text(Kk, Language.Kk, NewsTopics.Support), preview.GetProperty("kk").GetProperty("text").GetString());
        Assert.Equal(Text(Ru, Language.Ru, NewsTopics.Support), preview.GetProperty("ru").GetProperty("text").GetString());

        var sent = await JsonOf(await admin.PostAsync($"{Path}/{id}/send"));

        Assert.Equal(1, sent.GetProperty("queueing").GetProperty("queued").GetInt32());
        var (_, message) = await events.NextAsync();
        Assert.Equal(Text(Kk, Language.Kk, NewsTopics.Support), message.Text);
        Assert.Equal([NewsPayloads.Settings, NewsPayloads.Unsubscribe], message.Buttons.Select(b => b.Payload));
        var progress = await admin.JsonAsync($"{Path}/{id}");
        Assert.Equal(1, progress.GetProperty("recipients").GetProperty("sent").GetInt32());

        var unsubscribed = await chat.PressAsync(subscriber, message.Buttons[1].Payload);
        Assert.Equal(T(CampaignTextKeys.NewsUnsubscribed, Language.Kk), unsubscribed.Replies[0].Text);

        var figures = await admin.JsonAsync($"{Path}/figures");
        Assert.Equal(1, figures.GetProperty("sent").GetInt32());
        Assert.Equal(0, figures.GetProperty("subscribers").GetInt32());
        var audit = (await admin.JsonAsync("/admin/audit")).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains(AuditActions.AnnouncementCreated, audit);
        Assert.Contains(AuditActions.AnnouncementSent, audit);
    }

    [Fact]
    public async Task BadRequestsGetProblemDetailsWithTheirReason()
    {
        var admin = await _host.AdminAsync();

        await AssertProblemAsync(admin.PostAsync(Path, new { textRu = Ru, topics = new[] { "support" }, channels = new[] { "web" } }), HttpStatusCode.BadRequest, "the text in kk is missing");
        await AssertProblemAsync(admin.PostAsync(Path, new { textRu = Ru, textKk = Kk, topics = new[] { "sport" }, channels = new[] { "web" } }), HttpStatusCode.BadRequest, "no topic 'sport'");
        await AssertProblemAsync(admin.PostAsync(Path + "/preview", new { textRu = Ru, textKk = Kk, topics = new[] { "tax" }, channels = new[] { "sms" } }), HttpStatusCode.BadRequest, "no channel 'sms'");
        await AssertProblemAsync(Raw(admin, Path, "{\"textRu\": "), HttpStatusCode.BadRequest, "");
        await AssertProblemAsync(Raw(admin, Path, "{\"topics\": \"tax\"}"), HttpStatusCode.BadRequest, "");
        await AssertProblemAsync(admin.PostAsync(Path + "/N-2026-9999/send"), HttpStatusCode.NotFound, "no announcement 'N-2026-9999'");
        await AssertProblemAsync(admin.GetAsync(Path + "/figures?from=yesterday"), HttpStatusCode.BadRequest, "'yesterday' is not a date");

        var id = (await JsonOf(await admin.PostAsync(Path, new { textRu = Ru, textKk = Kk, topics = new[] { "tax" }, channels = new[] { "web" } }), HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await AssertProblemAsync(admin.PostAsync($"{Path}/{id}/stop"), HttpStatusCode.Conflict, "only one being sent is stopped");
        await AssertProblemAsync(admin.PostAsync($"{Path}/{id}/resume"), HttpStatusCode.Conflict, "only a stopped announcement is resumed");
        await JsonOf(await admin.PostAsync($"{Path}/{id}/send"));
        await AssertProblemAsync(admin.PostAsync($"{Path}/{id}/send"), HttpStatusCode.Conflict, "it was sent already");
        await AssertProblemAsync(admin.PostAsync($"{Path}/{id}/send", withXsrf: false), HttpStatusCode.BadRequest, "");

        var operatorClient = await _host.OperatorAsync();
        using var forbidden = await operatorClient.GetAsync(Path);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static Task<HttpResponseMessage> Raw(OperatorClient client, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, OperatorClient.Api + path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-XSRF-TOKEN", client.XsrfToken);
        return client.Http.SendAsync(request);
    }

    private static async Task AssertProblemAsync(Task<HttpResponseMessage> sending, HttpStatusCode status, string reason)
    {
        using var response = await sending;
        Assert.True(status == response.StatusCode || (reason == "" && (int)response.StatusCode is >= 400 and < 500), $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(detail));
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
