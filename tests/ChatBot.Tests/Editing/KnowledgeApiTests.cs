using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Editing;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;
using ChatBot.Tests.Operators;

namespace ChatBot.Tests.Editing;

/// <summary>The editors' API on the whole service: who may use it, a refused edit, and an edit kept in the history and reverted.</summary>
public sealed class KnowledgeApiTests : IDisposable
{
    private const string Topic = "register_sole_proprietor";
    private readonly OperatorHost _host = new();

    public KnowledgeApiTests() =>
        _host.Service<OperatorAccounts>().Add("editor1", OperatorRoles.Editor, OperatorHost.Password, _host.Time.GetUtcNow());

    [Fact]
    public async Task AnEditorSeesTheKnowledgeButNotTheConversationsAndAnOperatorTheOtherWayRound()
    {
        var editor = await _host.Anonymous().SignedInAsync("editor1", OperatorHost.Password);
        var operatorClient = await _host.OperatorAsync();

        var found = await editor.JsonAsync("/knowledge/topics?q=" + Uri.EscapeDataString("жк қалай ашамын"));
        using var queue = await editor.GetAsync("/queue");
        using var knowledge = await operatorClient.GetAsync("/knowledge/topics");
        var admin = await (await _host.AdminAsync()).JsonAsync("/knowledge/model");
        var me = await editor.JsonAsync("/me");

        Assert.Contains(found.GetProperty("topics").EnumerateArray(), t => t.GetProperty("id").GetString() == Topic);
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, knowledge.StatusCode);
        Assert.False(admin.GetProperty("training").GetBoolean());
        Assert.Equal("editor", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task AnInvalidEditIsRefusedWith400AndTheLoadersReason()
    {
        var editor = await _host.Anonymous().SignedInAsync("editor1", OperatorHost.Password);
        var topic = await editor.JsonAsync("/knowledge/topics/" + Topic);

        using var response = await editor.PutAsync("/knowledge/topics/" + Topic, Body(topic, shortRu: new string('а', 401)));
        using var badDate = await editor.PutAsync("/knowledge/topics/" + Topic, Body(topic, asOf: "1 мая"));
        using var badLanguage = await editor.PostAsync($"/knowledge/topics/{Topic}/phrasings", new { language = "en", text = "how to open" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("the 'ru' short answer has 401 characters; at most 400 are allowed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("'asOf' must be a date (YYYY-MM-DD), not '1 мая'", (await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        Assert.Empty((await editor.JsonAsync("/knowledge/history")).EnumerateArray());
    }

    [Fact]
    public async Task AnEditedAnswerIsInTheHistoryWithItsAuthorAndOneRevertTakesItBack()
    {
        var editor = await _host.Anonymous().SignedInAsync("editor1", OperatorHost.Password);
        var topic = await editor.JsonAsync("/knowledge/topics/" + Topic);
        var shortBefore = topic.GetProperty("short").GetProperty("ru").GetString();

        // The answer alone changes: the model's examples are the same, so the retraining loads the cached model.
        using var saved = await editor.PutAsync("/knowledge/topics/" + Topic, Body(topic, shortRu: "Открыть ИП можно уведомлением на eGov."));
        await _host.Service<LiveRetraining>().Idle();
        var changed = (await editor.JsonAsync("/knowledge/topics/" + Topic)).GetProperty("short").GetProperty("ru").GetString();
        var history = (await editor.JsonAsync("/knowledge/history?topic=" + Topic)).EnumerateArray().ToArray();
        using var reverted = await editor.PostAsync($"/knowledge/history/{history[0].GetProperty("id").GetInt64()}/revert");
        await _host.Service<LiveRetraining>().Idle();
        var model = await editor.JsonAsync("/knowledge/model");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Открыть ИП можно уведомлением на eGov.", changed);
        Assert.Equal(("editor1", KnowledgeChangeKinds.TopicEdited), (history[0].GetProperty("author").GetString(), history[0].GetProperty("kind").GetString()));
        Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        Assert.Equal(shortBefore, (await editor.JsonAsync("/knowledge/topics/" + Topic)).GetProperty("short").GetProperty("ru").GetString());
        Assert.Equal(3, model.GetProperty("current").GetProperty("knowledgeVersion").GetInt64());
    }

    public void Dispose() => _host.Dispose();

    /// <summary>The topic as the console sends it back, with one field changed.</summary>
    private static object Body(JsonElement topic, string? shortRu = null, string? asOf = null) => new
    {
        category = topic.GetProperty("category").GetString(),
        title = topic.GetProperty("title"),
        answer = topic.GetProperty("answer"),
        @short = new { ru = shortRu ?? topic.GetProperty("short").GetProperty("ru").GetString(), kk = topic.GetProperty("short").GetProperty("kk").GetString() },
        links = topic.GetProperty("links"),
        asOf = asOf ?? topic.GetProperty("asOf").GetString(),
        reviewBy = topic.GetProperty("reviewBy").GetString(),
        questions = topic.GetProperty("questions"),
        related = topic.GetProperty("related"),
    };
}
