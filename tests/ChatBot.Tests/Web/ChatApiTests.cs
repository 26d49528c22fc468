using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.WebChats;
using ChatBot.Web.Access;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Web;

/// <summary>The chat API's contract, through the whole service in memory.</summary>
public sealed class ChatApiTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    private readonly ChatClient _chat = host.Chat();

    private KnowledgeBase Knowledge => host.Service<KnowledgeBase>();

    [Fact]
    public async Task StartingAConversationReturns201WithItsIdATokenAndTheRussianGreeting()
    {
        using var response = await _chat.Http.PostAsJsonAsync(ChatClient.Conversations, new { lang = "ru" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<StartConversationResponse>())!;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", started.ConversationId);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", started.Token);
        var greeting = Assert.Single(started.Replies);
        Assert.Equal("bot", greeting.From);
        Assert.StartsWith(Knowledge.Texts.Get(TextKeys.Greeting, Language.Ru).Trim(), greeting.Text, StringComparison.Ordinal);
        Assert.Contains(greeting.Buttons, b => b.Payload == Payloads.Topics);
        Assert.Contains(greeting.Buttons, b => b.Payload == Payloads.ChooseLanguage);
    }

    [Fact]
    public async Task AConversationStartedInKazakhIsGreetedInKazakh()
    {
        var started = await _chat.StartAsync("kk");

        Assert.StartsWith(Knowledge.Texts.Get(TextKeys.Greeting, Language.Kk).Trim(), Assert.Single(started.Replies).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConversationStartedWithoutABodyIsGreetedInRussian()
    {
        using var response = await _chat.Http.PostAsync(ChatClient.Conversations, null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<StartConversationResponse>())!;
        Assert.StartsWith(Knowledge.Texts.Get(TextKeys.Greeting, Language.Ru).Trim(), Assert.Single(started.Replies).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"lang\": \"en\"}", "lang must be")]
    [InlineData("{\"lang\": ", "malformed JSON")]
    [InlineData("[1, 2]", "malformed JSON")]
    public async Task AConversationCannotStartWithABadBody(string body, string reason)
    {
        using var response = await _chat.Http.PostAsync(ChatClient.Conversations, new StringContent(body));

        await AssertProblem(response, HttpStatusCode.BadRequest, reason);
    }

    [Fact]
    public async Task AnFaqAskedInRussianIsAnsweredShortAndItsMoreButtonBringsTheOfficialLinksAndRelatedTopics()
    {
        var chat = await _chat.StartAsync();
        var intent = Knowledge.Find("register_sole_proprietor")!;

        var brief = Assert.Single((await _chat.SayAsync(chat, "как открыть ИП?")).Replies);
        Assert.StartsWith(intent.Short!.In(Language.Ru).Trim(), brief.Text, StringComparison.Ordinal);
        Assert.Empty(brief.Links);
        var more = Assert.Single(brief.Buttons, b => b.Payload == Payloads.More(intent.Id));

        var full = Assert.Single((await _chat.PressAsync(chat, more.Payload)).Replies);
        Assert.StartsWith(intent.Answer!.In(Language.Ru).Trim(), full.Text, StringComparison.Ordinal);
        Assert.Equal(intent.Links.Select(l => l.Url), full.Links.Select(l => l.Url));
        Assert.NotEmpty(full.Buttons);
    }

    [Fact]
    public async Task APressedButtonIsAnsweredByWhatItsPayloadMeans()
    {
        var chat = await _chat.StartAsync();
        var allTopics = chat.Replies[0].Buttons.Single(b => b.Payload == Payloads.Topics);
        var topics = Assert.Single((await _chat.PressAsync(chat, allTopics.Payload)).Replies);
        var category = topics.Buttons.First(b => b.Payload.StartsWith("menu:", StringComparison.Ordinal));

        var reply = Assert.Single((await _chat.PressAsync(chat, category.Payload)).Replies);

        Assert.Equal(Knowledge.Texts.Get(TextKeys.CategoryPick, Language.Ru), reply.Text);
        Assert.Contains(reply.Buttons, b => b.Payload.StartsWith("intent:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_web_visitor_waiting_for_a_consultant_still_gets_answers_and_is_told_the_consultant_will_reply()
    {
        var chat = await _chat.StartAsync();
        Assert.Single((await _chat.SayAsync(chat, "/operator")).Replies);

        var replies = (await _chat.SayAsync(chat, "как открыть ИП?")).Replies;

        Assert.Equal(2, replies.Count);
        Assert.StartsWith(Knowledge.Find("register_sole_proprietor")!.FirstAnswer!.In(Language.Ru).Trim(), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies[1].Buttons, b => b.Payload == Payloads.LeaveQueue);
        Assert.NotEmpty((await _chat.SayAsync(chat, "какая сегодня погода?")).Replies);
    }

    [Fact]
    public async Task A_language_chosen_in_the_widget_stays_when_the_visitor_writes_in_Russian()
    {
        var chat = await _chat.StartAsync();
        await _chat.PressAsync(chat, Payloads.Language("kk"));

        var reply = Assert.Single((await _chat.SayAsync(chat, "ндс порог")).Replies);

        Assert.StartsWith(Knowledge.Find("vat_registration_threshold")!.FirstAnswer!.In(Language.Kk).Trim(), reply.Text, StringComparison.Ordinal);
        Assert.Equal("kk", (await _chat.HistoryAsync(chat)).Lang);
    }

    [Fact]
    public async Task A_follow_up_in_the_web_chat_is_about_the_topic_just_answered()
    {
        var chat = await _chat.StartAsync();
        await _chat.SayAsync(chat, "как открыть ИП?");

        var reply = Assert.Single((await _chat.SayAsync(chat, "а для ТОО?")).Replies);

        Assert.StartsWith(Knowledge.Find("register_llp")!.FirstAnswer!.In(Language.Ru).Trim(), reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": ", "malformed JSON")]
    [InlineData("not json at all", "malformed JSON")]
    [InlineData("{\"text\": 42}", "malformed JSON")]
    [InlineData("[\"как открыть ИП\"]", "malformed JSON")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("", "must be a JSON object")]
    [InlineData("{}", "give a text or a payload")]
    [InlineData("{\"text\": \"\"}", "the message is empty")]
    [InlineData("{\"text\": \"   \\n \"}", "the message is empty")]
    [InlineData("{\"text\": \"a\", \"payload\": \"menu\"}", "not both")]
    [InlineData("{\"payload\": \" \"}", "the payload is empty")]
    [InlineData("{\"text\": \"a\", \"clientMessageId\": \"\"}", "clientMessageId must be")]
    [InlineData("{\"text\": \"\\ud800\"}", "malformed JSON")]
    public async Task AMalformedMessageIs400WithItsReason(string body, string reason)
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.PostRawAsync(chat.ConversationId, chat.Token, body);

        await AssertProblem(response, HttpStatusCode.BadRequest, reason);
    }

    [Theory]
    [InlineData("{\"text\": \"/\"}")]
    [InlineData("{\"text\": \"/lang xx\"}")]
    [InlineData("{\"text\": \"/forget\"}")]
    [InlineData("{\"payload\": \"intent:\"}")]
    [InlineData("{\"payload\": \"intent:no-such-topic\"}")]
    [InlineData("{\"payload\": \"lang:xx\"}")]
    [InlineData("{\"text\": \"😀😀😀\"}")]
    [InlineData("{\"text\": \"\\u0000\\u0001\"}")]
    [InlineData("{\"text\": \"ok\", \"extra\": [1, 2], \"clientMessageId\": null}")]
    public async Task AnOddButValidMessageIsAnsweredNotRefused(string body)
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.PostRawAsync(chat.ConversationId, chat.Token, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<RepliesResponse>())!.Replies);
    }

    [Fact]
    public async Task AMessageOf4000CharactersIsAcceptedAndOneMoreIs400()
    {
        var chat = await _chat.StartAsync();

        using var longest = await _chat.PostAsync(chat, new { text = new string('я', 4000) });
        using var tooLong = await _chat.PostAsync(chat, new { text = new string('я', 4001) });

        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        await AssertProblem(tooLong, HttpStatusCode.BadRequest, "longer than 4000 characters");
    }

    [Fact]
    public async Task ABodyLargerThan64KbIs400()
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.PostRawAsync(chat.ConversationId, chat.Token, "{\"text\": \"" + new string('a', 70_000) + "\"}");

        await AssertProblem(response, HttpStatusCode.BadRequest, "larger than 64 KB");
    }

    [Fact]
    public async Task AMessageSentAsFormDataIsStillReadAsJson()
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.PostRawAsync(chat.ConversationId, chat.Token, "{\"text\": \"привет\"}", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AMessageWithoutATokenIs401()
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.PostRawAsync(chat.ConversationId, null, "{\"text\": \"привет\"}");

        await AssertProblem(response, HttpStatusCode.Unauthorized, "Bearer");
    }

    [Fact]
    public async Task AMessageWithAWrongTokenIs401()
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.PostRawAsync(chat.ConversationId, ChatTokens.NewToken(), "{\"text\": \"привет\"}");

        await AssertProblem(response, HttpStatusCode.Unauthorized, "does not open this conversation");
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("web:x")]
    public async Task AnUnknownConversationIs404(string id)
    {
        var chat = await _chat.StartAsync();
        var conversations = ChatClient.Conversations;

        using var message = await _chat.PostRawAsync(id, chat.Token, "{\"text\": \"привет\"}");
        using var history = await _chat.GetAsync($"{conversations}/{id}/history", chat.Token);
        using var events = await _chat.GetAsync($"{conversations}/{id}/events", chat.Token);

        await AssertProblem(message, HttpStatusCode.NotFound, "no such conversation");
        await AssertProblem(history, HttpStatusCode.NotFound, "no such conversation");
        await AssertProblem(events, HttpStatusCode.NotFound, "no such conversation");
    }

    [Fact]
    public async Task ATokenOpensItsOwnConversationOnly()
    {
        var mine = await _chat.StartAsync();
        var theirs = await _chat.StartAsync();
        await _chat.SayAsync(theirs, "как открыть ТОО");
        var theirPath = $"{ChatClient.Conversations}/{theirs.ConversationId}";

        using var message = await _chat.PostRawAsync(theirs.ConversationId, mine.Token, "{\"text\": \"привет\"}");
        using var history = await _chat.GetAsync(theirPath + "/history", mine.Token);
        using var events = await _chat.GetAsync(theirPath + "/events?ticket=" + await _chat.TicketAsync(mine), null);
        using var eventsByHeader = await _chat.GetAsync(theirPath + "/events", mine.Token);
        using var ticket = await _chat.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, theirPath + "/events/ticket")
        {
            Headers = { Authorization = new("Bearer", mine.Token) },
        });

        await AssertProblem(message, HttpStatusCode.Unauthorized, "does not open this conversation");
        await AssertProblem(history, HttpStatusCode.Unauthorized, "does not open this conversation");
        await AssertProblem(events, HttpStatusCode.Unauthorized, "does not open this conversation");
        await AssertProblem(eventsByHeader, HttpStatusCode.Unauthorized, "does not open this conversation");
        await AssertProblem(ticket, HttpStatusCode.Unauthorized, "does not open this conversation");
        Assert.DoesNotContain((await _chat.HistoryAsync(mine)).Messages, m => m.Text.Contains("ТОО", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyTheTokensHashIsStored()
    {
        var chat = await _chat.StartAsync();

        var stored = host.Service<IWebChats>().Find(chat.ConversationId)!;

        Assert.NotEqual(chat.Token, stored.TokenHash);
        Assert.Equal(ChatTokens.Hash(chat.Token), stored.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
    }

    [Fact]
    public async Task AMessageSentTwiceWithTheSameClientMessageIdIsAnsweredOnceAndTheRetryGetsTheSameReplies()
    {
        var chat = await _chat.StartAsync();

        var first = await _chat.SayAsync(chat, "как открыть ИП?", "client-1");
        var retry = await _chat.SayAsync(chat, "как открыть ИП?", "client-1");

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Replies.Select(r => r.Text), retry.Replies.Select(r => r.Text));
        var history = await _chat.HistoryAsync(chat);
        Assert.Single(history.Messages, m => m.From == "user");
        Assert.Equal(2, history.Messages.Count(m => m.From == "bot"));
    }

    [Fact]
    public async Task AnOlderClientMessageIdSentAgainIsIgnoredWithoutReplies()
    {
        var chat = await _chat.StartAsync();
        await _chat.SayAsync(chat, "привет", "client-1");
        await _chat.SayAsync(chat, "как открыть ИП?", "client-2");

        var stale = await _chat.SayAsync(chat, "привет", "client-1");

        Assert.True(stale.Duplicate);
        Assert.Empty(stale.Replies);
        Assert.Equal(2, (await _chat.HistoryAsync(chat)).Messages.Count(m => m.From == "user"));
    }

    [Fact]
    public async Task TheHistoryShowsTheConversationInOrderWithPressedButtonsByTheirTitles()
    {
        var chat = await _chat.StartAsync();
        var category = chat.Replies[0].Buttons.Single(b => b.Payload == Payloads.Topics);
        await _chat.PressAsync(chat, category.Payload);
        await _chat.SayAsync(chat, "<img src=x onerror=alert(1)>");

        var history = await _chat.HistoryAsync(chat);

        Assert.Equal(chat.ConversationId, history.ConversationId);
        Assert.Equal("ru", history.Lang);
        Assert.Equal(["bot", "user", "bot", "user", "bot"], history.Messages.Select(m => m.From));
        Assert.Equal(chat.Replies[0].Text.Trim(), history.Messages[0].Text.Trim());
        Assert.Equal(category.Title, history.Messages[1].Text);
        Assert.Equal("<img src=x onerror=alert(1)>", history.Messages[3].Text);
    }

    [Fact]
    public async Task TheHistoryFollowsALanguageSwitch()
    {
        var chat = await _chat.StartAsync();

        var switched = Assert.Single((await _chat.PressAsync(chat, "lang:kk")).Replies);

        Assert.Equal(Knowledge.Texts.Get(TextKeys.LanguageSwitched, Language.Kk), switched.Text);
        var history = await _chat.HistoryAsync(chat);
        Assert.Equal("kk", history.Lang);
        Assert.DoesNotContain(history.Messages, m => m.From == "user");
    }

    [Fact]
    public async Task TheHistoryWithoutATokenIs401()
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.GetAsync($"{ChatClient.Conversations}/{chat.ConversationId}/history", null);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "Bearer");
    }

    [Fact]
    public async Task TheTokenInTheStreamsUrlOpensNothing()
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.GetAsync($"{ChatClient.Conversations}/{chat.ConversationId}/events?token={chat.Token}", null);

        await AssertProblem(response, HttpStatusCode.Unauthorized, "Bearer");
    }

    [Fact]
    public async Task ATicketOpensTheStreamForAMinuteAndThenIs401()
    {
        var chat = await _chat.StartAsync();
        var ticket = await _chat.TicketAsync(chat);
        var path = $"{ChatClient.Conversations}/{chat.ConversationId}/events?ticket={Uri.EscapeDataString(ticket)}";

        host.Time.Advance(TimeSpan.FromSeconds(59));
        using (var inTime = await _chat.Http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        }

        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var expired = await _chat.GetAsync(path, null);

        await AssertProblem(expired, HttpStatusCode.Unauthorized, "the ticket has expired or is not valid");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-ticket")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AStreamWithoutAValidTicketIs401(string ticket)
    {
        var chat = await _chat.StartAsync();

        using var response = await _chat.GetAsync($"{ChatClient.Conversations}/{chat.ConversationId}/events?ticket={ticket}", null);

        await AssertProblem(response, HttpStatusCode.Unauthorized, ticket.Length == 0 ? "Bearer" : "the ticket has expired or is not valid");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task AnEventStreamWithAMalformedLastEventIdIs400(string lastEventId)
    {
        var chat = await _chat.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{ChatClient.Conversations}/{chat.ConversationId}/events");
        request.Headers.Authorization = new("Bearer", chat.Token);
        request.Headers.Add("Last-Event-ID", lastEventId);

        using var response = await _chat.Http.SendAsync(request);

        await AssertProblem(response, HttpStatusCode.BadRequest, "Last-Event-ID");
    }

    [Fact]
    public async Task AnotherSiteMayCallTheApiFromABrowser()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, ChatClient.Conversations + "/x/messages");
        preflight.Headers.Add("Origin", "https://portal.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await _chat.Http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task TheOpenApiDescriptionListsEveryChatEndpoint()
    {
        using var document = JsonDocument.Parse(await _chat.Http.GetStringAsync("/api/chat/openapi/chat.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            [
                "/api/chat/conversations", "/api/chat/conversations/{id}/events", "/api/chat/conversations/{id}/events/ticket",
                "/api/chat/conversations/{id}/history", "/api/chat/conversations/{id}/messages",
            ],
            paths.Order(StringComparer.Ordinal));
        var send = document.RootElement.GetProperty("paths").GetProperty("/api/chat/conversations/{id}/messages").GetProperty("post");
        Assert.True(send.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(send.GetProperty("responses").TryGetProperty("429", out _));
    }

    [Fact]
    public async Task HealthStillAnswers()
    {
        using var response = await _chat.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
