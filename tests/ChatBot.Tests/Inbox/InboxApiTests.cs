using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatBot.Core.Editing;
using ChatBot.Testing;
using ChatBot.Tests.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Inbox;

/// <summary>
/// The inbox API through the whole service (real engine, model and LiteDB file), with a recording stand-in for the
/// live knowledge's editing, which another part of the service provides.
/// </summary>
public sealed class InboxApiTests : IDisposable
{
    private readonly RecordingKnowledgeEdits _edits = new();
    private readonly OperatorHost _host;

    public InboxApiTests() => _host = new OperatorHost(onKestrel: false, s => s.AddSingleton<IKnowledgeEdits>(_edits));

    public void Dispose() => _host.Dispose();

    private async Task AskAsync(params string[] questions)
    {
        var chat = _host.Chat();
        foreach (var question in questions)
        {
            var conversation = await chat.StartAsync();
            await chat.SayAsync(conversation, question);
        }
    }

    private static long[] Ids(JsonElement row) => row.GetProperty("itemIds").EnumerateArray().Select(i => i.GetInt64()).ToArray();

    [Fact]
    public async Task AnEditorSeesFallbacksGroupedWithCountsPerSignal()
    {
        await AskAsync("посоветуйте породу собаки для квартиры", "Посоветуйте породу собаки для квартиры?");
        var editor = await _host.EditorAsync();

        var inbox = await editor.JsonAsync("/inbox");

        var row = Assert.Single(inbox.GetProperty("groups").EnumerateArray());
        Assert.Equal(2, row.GetProperty("count").GetInt32());
        Assert.Equal(2, row.GetProperty("signals").GetProperty("not-understood").GetInt32());
        Assert.Equal(2, inbox.GetProperty("counts").GetProperty("not-understood").GetInt32());
        Assert.Equal("pending", inbox.GetProperty("status").GetString());
    }

    [Fact]
    public async Task BulkIgnoreMovesTheChosenRowsToIgnoredWithTheEditorsName()
    {
        await AskAsync("посоветуйте породу собаки для квартиры", "рецепт борща пошагово с фото", "какой фильм посмотреть вечером с семьёй");
        var editor = await _host.EditorAsync();
        var rows = (await editor.JsonAsync("/inbox")).GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);

        using var response = await editor.PostAsync("/inbox/act", new { action = "ignore", ids = Ids(rows[0]).Concat(Ids(rows[1])) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        Assert.Single((await editor.JsonAsync("/inbox")).GetProperty("groups").EnumerateArray());
        var ignored = (await editor.JsonAsync("/inbox?status=ignored")).GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(2, ignored.Count);
        Assert.All(ignored, r => Assert.Equal(("ignore", "editor"), (r.GetProperty("lastStep").GetProperty("action").GetString(), r.GetProperty("lastStep").GetProperty("by").GetString())));
    }

    [Fact]
    public async Task AddingAsAPhrasingGoesThroughTheKnowledgeEditsAndTheRowIsDone()
    {
        await AskAsync("посоветуйте породу собаки для квартиры");
        var editor = await _host.EditorAsync();
        var row = (await editor.JsonAsync("/inbox")).GetProperty("groups")[0];

        using var response = await editor.PostAsync("/inbox/act", new { action = "phrasing", ids = Ids(row), topic = "register_sole_proprietor" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["phrasing register_sole_proprietor ru: посоветуйте породу собаки для квартиры by editor"], _edits.Changes);
        Assert.Empty((await editor.JsonAsync("/inbox")).GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task ARefusedEditIs422WithTheValidationsReason()
    {
        await AskAsync("посоветуйте породу собаки для квартиры");
        _edits.Refuse = "посоветуйте породу собаки для квартиры";
        var editor = await _host.EditorAsync();
        var row = (await editor.JsonAsync("/inbox")).GetProperty("groups")[0];

        using var response = await editor.PostAsync("/inbox/act", new { action = "out-of-scope", ids = Ids(row) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("refused by the test", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/inbox?status=everything", "status is pending")]
    [InlineData("/inbox?signal=loud", "signal one of")]
    [InlineData("/inbox?language=en", "language ru or kk")]
    public async Task ABadFilterIs400WithItsReason(string path, string reason)
    {
        var editor = await _host.EditorAsync();

        using var response = await editor.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{", "malformed JSON")]
    [InlineData("{\"action\":\"ignore\",\"ids\":[]}", "ids is empty")]
    [InlineData("{\"action\":\"ignore\",\"ids\":[424242]}", "none of these items")]
    [InlineData("{\"action\":\"new-topic\",\"ids\":[1],\"newTopic\":{\"id\":\"x\"}}", "needs a category")]
    public async Task ABadActionIsAProblemWithItsReasonNeverA500(string body, string reason)
    {
        var editor = await _host.EditorAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, OperatorClient.Api + "/inbox/act") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-XSRF-TOKEN", editor.XsrfToken);

        using var response = await editor.Http.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOperatorMayNotOpenTheInboxAndAnAdminMay()
    {
        var operatorClient = await _host.OperatorAsync();
        var admin = await _host.AdminAsync();

        using var refused = await operatorClient.GetAsync("/inbox");
        using var allowed = await admin.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task TheExportIsCsvWithARowPerGroupAndFormulasDefused()
    {
        await AskAsync("=HYPERLINK(\"http://x\") посоветуйте породу собаки", "посоветуйте породу собаки для квартиры");
        var editor = await _host.EditorAsync();

        using var response = await editor.GetAsync("/inbox/export.csv?status=all");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,language,status,count,signals,text", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(\"\"http://x\"\")", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheTopicSearchFindsATopicByATitleWordInEitherLanguage()
    {
        var editor = await _host.EditorAsync();

        var found = (await editor.JsonAsync("/inbox/topics?q=" + Uri.EscapeDataString("ЖК"))).EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();

        Assert.Contains("register_sole_proprietor", found);
    }

    [Fact]
    public async Task TheQuestionBehindAHandoffAndTheOperatorsAnswerReachTheInboxWhenTheOperatorEndsIt()
    {
        var chat = _host.Chat();
        var conversation = await chat.StartAsync();
        await chat.SayAsync(conversation, "Как сдать помещение акимата в субаренду?");
        await chat.PressAsync(conversation, "operator");
        var id = "web:" + conversation.ConversationId;
        var aigerim = await _host.OperatorAsync();
        (await aigerim.ClaimAsync(id)).Dispose();
        (await aigerim.SayAsync(id, "Аренда у акимата оформляется через аукцион на e-auction.gosreestr.kz")).Dispose();
        (await aigerim.ReleaseAsync(id)).Dispose();
        var editor = await _host.EditorAsync();

        var rows = (await editor.JsonAsync("/inbox?signal=handoff")).GetProperty("groups").EnumerateArray().ToList();

        var row = Assert.Single(rows);
        Assert.Equal("Как сдать помещение акимата в субаренду?", row.GetProperty("text").GetString());
        Assert.Equal("Аренда у акимата оформляется через аукцион на e-auction.gosreestr.kz", row.GetProperty("operatorAnswer").GetString());
    }
}
