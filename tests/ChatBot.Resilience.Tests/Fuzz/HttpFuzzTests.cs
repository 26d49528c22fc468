using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatBot.Core.Engine;
using ChatBot.Resilience.Tests.Fuzz.Http;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;
using ChatBot.Web.Api;
using Xunit.Sdk;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// The service as its own process, Telegram's webhook on (its Bot API a fake), under generated requests from eight
/// clients at once: malformed and deep JSON, wrong types, huge bodies, invalid UTF-8, control characters, bad ids,
/// tokens, tickets and headers, the operators' API signed in, spoilt Telegram updates, and bytes that are not HTTP. No 5xx, nothing logged at error level,
/// and afterwards a new conversation is answered as usual.
/// </summary>
public sealed class HttpFuzzTests(ITestOutputHelper output)
{
    private const int Workers = 8;
    private const int InputsPerWorker = 2_000;
    private const int Conversations = 16;

    [Fact]
    public async Task SixteenThousandMalformedRequestsGetNo5xxAndLeaveTheServiceAnswering()
    {
        var seed = RunSeed.Choose();
        output.WriteLine($"HTTP fuzz: seed {seed} ({RunSeed.Variable}={seed} replays it)");
        await using var telegram = await FakeBotApi.StartAsync();
        using var dialogs = EveryStepType.AsDialogsFolder();
        using var service = await ServiceProcess.StartAsync(
            FuzzOperators.AddAsync,
            "--ChatBot:DialogsDir=" + dialogs.Path,
            "--Telegram:Token=" + FakeBotApi.Token, "--Telegram:ApiBaseUrl=" + telegram.BaseUrl,
            "--Telegram:WebhookUrl=https://bot.example.org" + HttpInputs.Webhook, "--Telegram:WebhookSecret=" + HttpInputs.WebhookSecret);
        using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
        var chats = new List<StartConversationResponse>();
        for (var i = 0; i < Conversations; i++)
        {
            chats.Add(await StartAsync(http));
        }

        // Half of them asked for a person: the operators' queue has conversations to claim, answer and give back.
        foreach (var waiting in chats.Take(Conversations / 2))
        {
            using var queued = await SendAsync(http, waiting, new { payload = Payloads.Operator });
            Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        }

        var desk = await FuzzOperators.SignInAsync(new Uri(service.Url), FuzzOperators.Operator);
        var admin = await FuzzOperators.SignInAsync(new Uri(service.Url), FuzzOperators.Admin);
        using var fuzzer = new HttpFuzzer(new Uri(service.Url), seed);
        var watch = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                var inputs = Inputs(seed, worker, chats, desk, admin);
                for (var i = 0; i < InputsPerWorker; i++)
                {
                    await fuzzer.SendAsync(inputs.Next(), worker, i);
                }
            })));
        }
        catch (XunitException e)
        {
            throw new XunitException(e.Message + "\nthe service's failures:\n" + string.Join('\n', Failures(service)));
        }

        output.WriteLine($"HTTP fuzz: {fuzzer.Inputs:N0} requests in {watch.Elapsed.TotalSeconds:0} s; answers by status: "
            + string.Join(", ", fuzzer.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} ×{s.Value}")));
        Assert.False(service.HasExited, "the service stopped:\n" + service.Output);
        Assert.True(Failures(service).Count == 0, "the service logged failures:\n" + service.Output);
        var chat = await StartAsync(http);
        using var answer = await SendAsync(http, chat, new { text = "как открыть ИП?" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.NotEmpty((await answer.Content.ReadFromJsonAsync<RepliesResponse>())!.Replies);
        using var queue = new HttpRequestMessage(HttpMethod.Get, "/api/operator/queue") { Headers = { { "Cookie", desk.Cookie } } };
        using var desksQueue = await http.SendAsync(queue);
        Assert.Equal(HttpStatusCode.OK, desksQueue.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, StartConversationResponse chat, object body)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"{HttpInputs.Conversations}/{chat.ConversationId}/messages")
        {
            Content = JsonContent.Create(body),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", chat.Token) },
        };
        return await http.SendAsync(message);
    }

    /// <summary>What the service logged at error level or above, each with the lines that follow it (the exception).</summary>
    private static List<string> Failures(ServiceProcess service)
    {
        var lines = service.Output.Split('\n');
        return lines
            .Select((line, i) => (line, i))
            .Where(l => l.line.StartsWith("fail:", StringComparison.Ordinal) || l.line.StartsWith("crit:", StringComparison.Ordinal))
            .Select(l => string.Join('\n', lines.Skip(l.i).Take(12)))
            .ToList();
    }

    /// <summary>Worker <paramref name="worker"/>'s own generator, seeded from the run's seed and its number.</summary>
    private static HttpInputs Inputs(int seed, int worker, IReadOnlyList<StartConversationResponse> chats, OperatorSession desk, OperatorSession admin)
    {
        var flows = EveryStepType.AndTheRepositoryFlows();
        var random = new Random(unchecked(seed + worker * 7919));
        var text = new FuzzText(random, [.. SharedModel.Knowledge.Intents.SelectMany(i => i.Questions.Values.SelectMany(q => q))]);
        var payloads = new ForgedPayloads(random, text, flows, [.. SharedModel.Knowledge.Intents.Select(i => i.Id)], SharedModel.Knowledge.Categories);
        var bodies = new JsonBodies(random, text, payloads);
        var operators = new OperatorRequests(random, text, bodies, desk, admin, [.. chats.Select(c => "web:" + c.ConversationId), "telegram:7001"]);
        return new HttpInputs(random, text, bodies, new TelegramUpdates(random, text, payloads, flows), new RawRequests(random, text), operators, chats);
    }

    private static async Task<StartConversationResponse> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync(HttpInputs.Conversations, new { lang = "ru" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StartConversationResponse>())!;
    }
}
