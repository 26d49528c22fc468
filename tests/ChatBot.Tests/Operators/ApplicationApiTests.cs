using System.Net;
using System.Text.Json;
using ChatBot.Core.Applications;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Tests.Web;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Operators;

/// <summary>An application through the web chat in both languages, and a consultant answering it through the console's API.</summary>
public sealed class ApplicationApiTests : IDisposable
{
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    private string Text(string key, Language language) => _host.Service<KnowledgeBase>().Texts.Get(key, language);

    [Theory]
    [InlineData(Language.Ru, "хочу подать заявку на господдержку", "Нужна субсидия на оборудование для цеха, какие документы собрать?", "Айгерим Серикова")]
    [InlineData(Language.Kk, "мемлекеттік қолдауға өтінім бергім келеді", "Цехқа жабдық алуға субсидия керек, қандай құжаттар жинау керек?", "Айгерім Серікова")]
    public async Task AWebVisitorSubmitsAnApplicationAndReadsTheConsultantsAnswerInTheirLanguage(Language language, string request, string description, string name)
    {
        var (chat, conversation, id) = await SubmitAsync(language, request, description, name);
        Assert.Equal("A-2026-000001", id);

        var consultant = await _host.OperatorAsync();
        var listed = (await consultant.JsonAsync("/applications?status=new&kind=finance")).EnumerateArray().Single();
        Assert.Equal((id, "finance", "new"), (listed.GetProperty("id").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("status").GetString()));
        var opened = await consultant.JsonAsync("/applications/" + id);
        Assert.Equal((description, name), (opened.GetProperty("description").GetString(), opened.GetProperty("name").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await consultant.PostAsync($"/applications/{id}/assign", new { login = "aigerim", note = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await consultant.PostAsync($"/applications/{id}/notes", new { text = "позвонить в фонд" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await consultant.PostAsync($"/applications/{id}/reply", new { text = "Нужны бизнес-план и коммерческие предложения.", asking = false })).StatusCode);

        var history = await chat.HistoryAsync(conversation);
        var texts = history.Messages.Where(m => m.From == "bot").Select(m => m.Text).ToList();
        var status = Text(ApplicationTextKeys.StatusKey(ApplicationStatus.Assigned), language);
        Assert.Contains(texts, t => t.StartsWith(Format(ApplicationTextKeys.StatusChanged, language, ("number", id), ("status", status)), StringComparison.Ordinal));
        Assert.Contains(Format(ApplicationTextKeys.Reply, language, ("number", id), ("text", "Нужны бизнес-план и коммерческие предложения.")), texts);
        Assert.DoesNotContain(texts, t => t.Contains("позвонить в фонд", StringComparison.Ordinal));

        var answered = await consultant.JsonAsync("/applications/" + id);
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        Assert.Equal(
            ["submitted", "assigned", "note", "reply"],
            answered.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task TheListFiltersByConsultantAndOverdueAndAWrongFilterIsABadRequestThatSaysWhy()
    {
        var (_, _, id) = await SubmitAsync(Language.Ru, "нужна консультация юриста", "Арендодатель расторгает договор досрочно, что делать?", "Айгерим Серикова");
        var consultant = await _host.OperatorAsync();

        Assert.Single((await consultant.JsonAsync("/applications?consultant=none")).EnumerateArray());
        Assert.Empty((await consultant.JsonAsync("/applications?overdue=true")).EnumerateArray());
        _host.Time.Advance(TimeSpan.FromDays(3));

        // Three days on, the session has expired: a new day, a new sign-in.
        consultant = await _host.OperatorAsync();
        Assert.Equal(id, (await consultant.JsonAsync("/applications?overdue=true&olderThanDays=2")).EnumerateArray().Single().GetProperty("id").GetString());
        await consultant.PostAsync($"/applications/{id}/assign", new { login = "aigerim" });
        Assert.Empty((await consultant.JsonAsync("/applications?consultant=none")).EnumerateArray());
        Assert.Single((await consultant.JsonAsync("/applications?consultant=aigerim")).EnumerateArray());

        using var badKind = await consultant.GetAsync("/applications?kind=cooking");
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        using var problem = JsonDocument.Parse(await badKind.Content.ReadAsStringAsync());
        Assert.Contains("kind 'cooking'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var badStatus = await consultant.PostAsync($"/applications/{id}/status", new { status = "done" });
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        using var refused = await consultant.PostAsync($"/applications/{id}/status", new { status = "new" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var unknown = await consultant.PostAsync("/applications/A-2026-000777/status", new { status = "closed" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var anonymous = await _host.Anonymous().GetAsync("/applications");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private string Format(string key, Language language, params (string, object)[] values) => _host.Service<KnowledgeBase>().Texts.Format(key, language, values);

    // The form through the chat API: the request, then each question answered by its button or by typing.
    private async Task<(ChatClient Chat, StartConversationResponse Conversation, string Id)> SubmitAsync(Language language, string request, string description, string name)
    {
        var chat = _host.Chat();
        var conversation = await chat.StartAsync(language.Code());
        var kind = await chat.SayAsync(conversation, request);
        Assert.StartsWith("1 / 6", kind.Replies[^1].Text, StringComparison.Ordinal);
        await chat.PressAsync(conversation, Payload(kind, language == Language.Kk ? "Қаржыландыру және мемлекеттік қолдау" : "Финансирование и господдержка", request.Contains("юрист", StringComparison.Ordinal) ? 0 : -1));
        var consent = await chat.SayAsync(conversation, description);
        await chat.PressAsync(conversation, consent.Replies[^1].Buttons[0].Payload);
        var answerBy = await chat.SayAsync(conversation, name);
        var confirm = await chat.PressAsync(conversation, answerBy.Replies[^1].Buttons[0].Payload);
        var done = await chat.PressAsync(conversation, confirm.Replies[^1].Buttons[0].Payload);
        var submitted = done.Replies.Single().Text;
        var id = ApplicationNumber.Find(submitted);
        Assert.NotNull(id);
        Assert.Contains(description, submitted, StringComparison.Ordinal);
        return (chat, conversation, id);
    }

    // The option by its title, or by position for a test that does not care which kind.
    private static string Payload(RepliesResponse reply, string title, int position) =>
        position >= 0 ? reply.Replies[^1].Buttons[position].Payload : reply.Replies[^1].Buttons.Single(b => b.Title == title).Payload;
}
