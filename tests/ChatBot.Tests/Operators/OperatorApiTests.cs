using System.Net;
using System.Net.Http.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Operators;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using ChatBot.Tests.Web;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Operators;

/// <summary>The operator API through the whole service: a web user, operators and an admin, a fake clock.</summary>
public sealed class OperatorApiTests : IDisposable
{
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    private string Text(string key, Language language = Language.Ru) => _host.Service<KnowledgeBase>().Texts.Get(key, language).Trim();

    private async Task<(ChatClient Chat, StartConversationResponse Conversation, string Id)> UserInQueueAsync(string question = "Хочу поговорить с человеком")
    {
        var chat = _host.Chat();
        var conversation = await chat.StartAsync();
        await chat.SayAsync(conversation, "Как сдать помещение акимата в субаренду?");
        // The operator button: a press has no text, only its payload, in the transcript.
        var queued = await chat.PressAsync(conversation, "operator");
        Assert.Contains(queued.Replies, r => r.Buttons.Any(b => b.Payload == "handoff:cancel"));
        return (chat, conversation, "web:" + conversation.ConversationId);
    }

    [Fact]
    public async Task LoginSetsAnHttpOnlyStrictSessionCookieAndAReadableXsrfCookie()
    {
        using var response = await _host.Anonymous().LoginAsync("aigerim", OperatorHost.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var session = Assert.Single(cookies, c => c.StartsWith("chatbot.operator=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", session);
        Assert.Contains("samesite=strict", session);
        var xsrf = Assert.Single(cookies, c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.DoesNotContain("httponly", xsrf);
    }

    [Fact]
    public async Task AWrongPasswordIs401WithoutSayingWhetherTheLoginExists()
    {
        using var wrongPassword = await _host.Anonymous().LoginAsync("aigerim", "not-the-password");
        using var unknownLogin = await _host.Anonymous().LoginAsync("nobody", "not-the-password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await unknownLogin.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{", "malformed JSON")]
    [InlineData("{\"login\":\"aigerim\"}", "password")]
    public async Task ABadLoginBodyIs400WithItsReason(string body, string reason)
    {
        using var response = await _host.Anonymous().Http.PostAsync(
            OperatorClient.Api + "/login", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALoginBodyOver64KilobytesIs400EvenWhenItsLengthIsNotAnnounced()
    {
        // JsonContent streams without a Content-Length, so only reading the body can tell its size.
        using var response = await _host.Anonymous().Http.PostAsync(
            OperatorClient.Api + "/login", System.Net.Http.Json.JsonContent.Create(new { login = new string('a', 70_000), password = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("larger than 64 KB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AStateChangingCallWithoutTheXsrfHeaderIs400AndChangesNothing()
    {
        var (_, _, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync();

        using var response = await aigerim.PostAsync(OperatorClient.Conversation(id) + "/claim", withXsrf: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-XSRF-TOKEN", await response.Content.ReadAsStringAsync());
        Assert.Equal("waiting", Assert.Single(await aigerim.QueueAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task TheWholeLoopWebUserAsksOperatorTakesRepliesTheBotStaysSilentThenAnswersAfterGiveBack()
    {
        var (chat, conversation, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync();

        // The queue shows who waits, where from, in which language, why, since when, and what they asked.
        _host.Time.Advance(TimeSpan.FromMinutes(3));
        var item = Assert.Single(await aigerim.QueueAsync());
        Assert.Equal(id, item.GetProperty("conversationId").GetString());
        Assert.Equal("web", item.GetProperty("channel").GetString());
        Assert.Equal("ru", item.GetProperty("language").GetString());
        Assert.Equal("waiting", item.GetProperty("state").GetString());
        Assert.Equal("UserAsked", item.GetProperty("reason").GetString());
        Assert.Equal(180, item.GetProperty("waitingSeconds").GetInt32());
        Assert.Equal("Как сдать помещение акимата в субаренду?", item.GetProperty("lastQuestion").GetString());

        using var events = await chat.OpenEventsAsync(conversation, lastEventId: (await chat.HistoryAsync(conversation)).LastEventId);
        using (var claim = await aigerim.ClaimAsync(id))
        {
            Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
        }

        Assert.Equal(Text(TextKeys.HandoffClaimed), (await events.NextAsync()).Message.Text);

        // While the operator holds it, the bot answers nothing, not even a question it knows.
        var silent = await chat.SayAsync(conversation, "как открыть ИП?");
        Assert.Empty(silent.Replies);
        var transcript = await aigerim.JsonAsync(OperatorClient.Conversation(id));
        Assert.Contains(transcript.GetProperty("messages").EnumerateArray(), m => m.GetProperty("text").GetString() == "как открыть ИП?");
        Assert.Contains(transcript.GetProperty("messages").EnumerateArray(), m => m.GetProperty("from").GetString() == "bot");

        using (var say = await aigerim.SayAsync(id, "Здравствуйте! Я консультант Айгерим, сейчас помогу."))
        {
            Assert.Equal(HttpStatusCode.NoContent, say.StatusCode);
        }

        var reply = (await events.NextAsync()).Message;
        Assert.Equal(("operator", "Здравствуйте! Я консультант Айгерим, сейчас помогу."), (reply.From, reply.Text));

        using (var release = await aigerim.ReleaseAsync(id))
        {
            Assert.Equal(HttpStatusCode.NoContent, release.StatusCode);
        }

        Assert.StartsWith(Text(TextKeys.HandoffReleased), (await events.NextAsync()).Message.Text, StringComparison.Ordinal);
        var answered = await chat.SayAsync(conversation, "как открыть ИП?");
        Assert.StartsWith(
            _host.Service<KnowledgeBase>().Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru).Trim(),
            answered.Replies[0].Text,
            StringComparison.Ordinal);
        Assert.Empty(await aigerim.QueueAsync());

        var record = Assert.Single(new LiteHandoffLog(_host.Service<ChatBotDatabase>()).All());
        Assert.Equal((HandoffOutcome.Released, "aigerim"), (record.Outcome, record.Operator));
        Assert.Equal(TimeSpan.FromMinutes(3), record.WaitTime);
        Assert.Equal(TimeSpan.Zero, record.HandlingTime);
    }

    [Fact]
    public async Task GiveBackLeavesAnOpenFlowAsItWasSoItResumesWhereItStopped()
    {
        var (_, _, id) = await UserInQueueAsync();
        var store = _host.Service<IConversationStore>();
        var conversation = store.Find(id)!;
        conversation.Flow = new FlowState { FlowId = "survey", Version = "1", StepId = "employees", Answers = { ["region"] = "almaty" } };
        store.Commit(new TurnRecord(conversation, null, [], [], [], []));
        var aigerim = await _host.OperatorAsync();

        (await aigerim.ClaimAsync(id)).EnsureSuccessStatusCode();
        (await aigerim.ReleaseAsync(id)).EnsureSuccessStatusCode();

        var flow = store.Find(id)!.Flow!;
        Assert.Equal(("survey", "employees", "almaty"), (flow.FlowId, flow.StepId, flow.Answers["region"]));
    }

    [Fact]
    public async Task OfTwoOperatorsTakingAtOnceExactlyOneWins()
    {
        var (_, _, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync("aigerim");
        var daulet = await _host.OperatorAsync("daulet");

        var responses = await Task.WhenAll(aigerim.ClaimAsync(id), daulet.ClaimAsync(id));

        Assert.Equal(
            [HttpStatusCode.NoContent, HttpStatusCode.Conflict],
            responses.Select(r => r.StatusCode).OrderBy(s => (int)s));
        var winner = responses[0].StatusCode == HttpStatusCode.NoContent ? "aigerim" : "daulet";
        Assert.Equal(winner, Assert.Single(await aigerim.QueueAsync()).GetProperty("operator").GetString());
        Assert.Single(_host.Service<IAuditLog>().Recent(100), e => e.Action == AuditActions.Claim);
    }

    [Fact]
    public async Task OnlyTheOperatorWhoHoldsAConversationMayReplyOrGiveItBack()
    {
        var (_, _, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync("aigerim");
        var daulet = await _host.OperatorAsync("daulet");
        (await aigerim.ClaimAsync(id)).Dispose();

        using var say = await daulet.SayAsync(id, "это мой клиент");
        using var release = await daulet.ReleaseAsync(id);
        using var beforeClaim = await aigerim.SayAsync("web:nobody", "есть кто?");

        Assert.Equal(HttpStatusCode.Conflict, say.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforeClaim.StatusCode);
    }

    [Fact]
    public async Task ATransferredConversationBelongsToTheOtherOperatorNotesStayInternal()
    {
        var (chat, conversation, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync("aigerim");
        var daulet = await _host.OperatorAsync("daulet");
        (await aigerim.ClaimAsync(id)).Dispose();

        using (var note = await aigerim.PostAsync(OperatorClient.Conversation(id) + "/notes", new { text = "Клиент из Шымкента, ТОО" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, note.StatusCode);
        }

        using (var transfer = await aigerim.PostAsync(OperatorClient.Conversation(id) + "/transfer", new { login = "daulet" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, transfer.StatusCode);
        }

        using var say = await daulet.SayAsync(id, "Вопросами аренды занимаюсь я, Даулет.");
        Assert.Equal(HttpStatusCode.NoContent, say.StatusCode);
        var view = await daulet.JsonAsync(OperatorClient.Conversation(id));
        Assert.Equal("Клиент из Шымкента, ТОО", Assert.Single(view.GetProperty("notes").EnumerateArray()).GetProperty("text").GetString());
        Assert.DoesNotContain((await chat.HistoryAsync(conversation)).Messages, m => m.Text.Contains("Шымкента"));
    }

    [Fact]
    public async Task EveryOperatorActionIsInTheAuditLogWithWhoAndWhen()
    {
        var (_, _, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync();
        await aigerim.JsonAsync(OperatorClient.Conversation(id));
        (await aigerim.ClaimAsync(id)).Dispose();
        (await aigerim.SayAsync(id, "Добрый день")).Dispose();
        (await aigerim.ReleaseAsync(id)).Dispose();

        var admin = await _host.AdminAsync();
        var entries = (await admin.JsonAsync("/admin/audit")).EnumerateArray()
            .Where(e => e.GetProperty("operator").GetString() == "aigerim")
            .Select(e => e.GetProperty("action").GetString())
            .Reverse()
            .ToList();
        Assert.Equal([AuditActions.Login, AuditActions.View, AuditActions.Claim, AuditActions.Reply, AuditActions.Release], entries);
        var claim = _host.Service<IAuditLog>().Recent(100).Single(e => e.Action == AuditActions.Claim);
        Assert.Equal((id, _host.Time.GetUtcNow()), (claim.ConversationId, claim.At));
    }

    [Fact]
    public async Task AnAdminAddsAnOperatorWhoCanSignInAndDisablingEndsTheirSession()
    {
        var admin = await _host.AdminAsync();
        using (var added = await admin.PostAsync("/admin/accounts", new { login = "saule", role = "operator", password = "long-enough-1" }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var saule = await _host.Anonymous().SignedInAsync("saule", "long-enough-1");
        (await saule.GetAsync("/queue")).EnsureSuccessStatusCode();

        (await admin.PostAsync("/admin/accounts/saule/disable")).EnsureSuccessStatusCode();
        using var after = await saule.GetAsync("/queue");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var again = await _host.Anonymous().LoginAsync("saule", "long-enough-1");
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task CannedAnswersAreKeptByAdminsAndReadByOperators()
    {
        var admin = await _host.AdminAsync();
        (await admin.PostAsync("/admin/canned", new { language = "kk", title = "Сәлем", text = "Сәлеметсіз бе! Қалай көмектесе аламын?" })).EnsureSuccessStatusCode();
        using var bad = await admin.PostAsync("/admin/canned", new { language = "en", title = "Hi", text = "Hello" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var canned = (await (await _host.OperatorAsync()).JsonAsync("/canned")).EnumerateArray().Single();
        Assert.Equal("kk", canned.GetProperty("language").GetString());
    }

    [Fact]
    public async Task OutsideWorkingHoursTheWebUserIsToldWhenOperatorsAreBackAndTheQuestionWaitsInTheQueueAcknowledged()
    {
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero)); // 19:30 in Almaty
        var chat = _host.Chat();
        var conversation = await chat.StartAsync();
        var queued = await chat.SayAsync(conversation, "/operator");
        Assert.Equal(
            _host.Service<KnowledgeBase>().Texts.Format(
                TextKeys.HandoffOutsideHours, Language.Ru, ("opens", "09:00"), ("closes", "18:00"), ("next", "03.03 09:00")).Trim(),
            queued.Replies[0].Text.Trim());
        var waiting = Assert.Single((await chat.SayAsync(conversation, "Как получить субсидию на аренду?")).Replies);
        Assert.Equal(
            _host.Service<KnowledgeBase>().Texts.Format(
                TextKeys.HandoffWaitingNoteClosed, Language.Ru, ("opens", "09:00"), ("closes", "18:00"), ("next", "03.03 09:00")).Trim(),
            waiting.Text.Trim());

        var item = Assert.Single(await (await _host.OperatorAsync()).QueueAsync());
        Assert.True(item.GetProperty("outsideHours").GetBoolean());
        Assert.Equal("Как получить субсидию на аренду?", item.GetProperty("lastQuestion").GetString());
    }

    [Fact]
    public async Task TheOperatorEventStreamTellsOfANewMessageFromTheUser()
    {
        var (chat, conversation, id) = await UserInQueueAsync();
        var aigerim = await _host.OperatorAsync();
        using var response = await aigerim.Http.GetAsync(OperatorClient.Api + "/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("retry: 3000", await reader.ReadLineAsync());
        Assert.Equal("", await reader.ReadLineAsync());

        await chat.SayAsync(conversation, "Я ещё здесь");

        Assert.Equal("event: changed", await reader.ReadLineAsync());
        Assert.Equal("data: {\"conversationId\":\"" + id + "\"}", await reader.ReadLineAsync());
    }

    [Fact]
    public async Task AnOperatorCountsAsOnlineWhileTheConsolesEventStreamIsOpen()
    {
        var presence = _host.Service<OperatorPresence>();
        var aigerim = await _host.OperatorAsync();
        Assert.Equal(0, presence.Online);

        var response = await aigerim.Http.GetAsync(OperatorClient.Api + "/events", HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("retry: 3000", await reader.ReadLineAsync());
        Assert.Equal(1, presence.Online);

        reader.Dispose();
        response.Dispose();
        // The server notices the closed stream when its request is aborted; give it up to ten seconds.
        for (var i = 0; i < 100 && presence.Online > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, presence.Online);
    }
}
