using System.Net;
using ChatBot.Core.Operators;

namespace ChatBot.Tests.Operators;

/// <summary>
/// What an operator may open: the conversations handed to people; any other only with a stated reason, which the
/// audit log keeps. The rest answer exactly as an id that does not exist.
/// </summary>
public sealed class ConversationScopeTests : IDisposable
{
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    /// <summary>A conversation with the bot alone: it never asked for a person.</summary>
    private async Task<string> ChatWithTheBotAsync()
    {
        var chat = _host.Chat();
        var conversation = await chat.StartAsync();
        await chat.SayAsync(conversation, "как открыть ИП?");
        return "web:" + conversation.ConversationId;
    }

    private static string WithReason(string id, string reason) => OperatorClient.Conversation(id) + "?reason=" + Uri.EscapeDataString(reason);

    [Fact]
    public async Task AConversationThatNeverAskedForAPersonIsNotFoundWithoutAReasonAndOpensWithOneThatTheAuditLogKeeps()
    {
        var id = await ChatWithTheBotAsync();
        var aigerim = await _host.OperatorAsync();

        using var guessed = await aigerim.GetAsync(OperatorClient.Conversation(id));
        using var blankReason = await aigerim.GetAsync(WithReason(id, "  "));
        using var unknown = await aigerim.GetAsync(OperatorClient.Conversation("web:nobody"));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, blankReason.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await guessed.Content.ReadAsStringAsync());

        var opened = await aigerim.JsonAsync(WithReason(id, " жалоба №17 на ответ бота "));

        Assert.Contains(opened.GetProperty("messages").EnumerateArray(), m => m.GetProperty("text").GetString() == "как открыть ИП?");
        var entry = _host.Service<IAuditLog>().Recent(1).Single();
        Assert.Equal(("aigerim", AuditActions.ViewWithReason, id, "жалоба №17 на ответ бота"), (entry.Operator, entry.Action, entry.ConversationId, entry.Detail));
    }

    [Fact]
    public async Task AConversationHandedOffBeforeStillOpensWithoutAReasonAfterItWentBackToTheBot()
    {
        var chat = _host.Chat();
        var conversation = await chat.StartAsync();
        await chat.PressAsync(conversation, "operator");
        var id = "web:" + conversation.ConversationId;
        var aigerim = await _host.OperatorAsync();
        (await aigerim.ClaimAsync(id)).EnsureSuccessStatusCode();
        (await aigerim.ReleaseAsync(id)).EnsureSuccessStatusCode();
        await chat.SayAsync(conversation, "как открыть ИП?");

        var opened = await (await _host.OperatorAsync("daulet")).JsonAsync(OperatorClient.Conversation(id));

        Assert.Equal("bot", opened.GetProperty("state").GetString());
        Assert.Equal(AuditActions.View, _host.Service<IAuditLog>().Recent(1).Single().Action);
    }

    [Fact]
    public async Task ActingOnAConversationOutsideTheHandoffIsNotFoundEither()
    {
        var id = await ChatWithTheBotAsync();
        var aigerim = await _host.OperatorAsync();

        using var note = await aigerim.PostAsync(OperatorClient.Conversation(id) + "/notes", new { text = "был тут" });
        using var claim = await aigerim.ClaimAsync(id);
        using var close = await aigerim.PostAsync(OperatorClient.Conversation(id) + "/close");

        Assert.All([note, claim, close], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.DoesNotContain(_host.Service<IAuditLog>().Recent(100), e => e.ConversationId == id);
    }

    [Fact]
    public async Task AReasonLongerThanFiveHundredCharactersIs400WithTheLimit()
    {
        var id = await ChatWithTheBotAsync();

        using var response = await (await _host.OperatorAsync()).GetAsync(WithReason(id, new string('я', ConversationScope.MaxReason + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("500 characters", await response.Content.ReadAsStringAsync());
    }
}
