using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ChatBot.Core.Trainings;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Storage.Load;

/// <summary>
/// The first seconds of a new installation under load, over HTTP: half of the clients read what does not exist yet
/// (messages to unknown conversations, their history, operator logins, health) while the other half create
/// conversations, ask, hand off to an operator, subscribe to news and enroll in a training, all starting at once,
/// so that every collection is first written while others read. Every status is counted; a 5xx is a failure.
/// </summary>
public sealed class FreshInstallationLoad(HttpClient http)
{
    public const int Clients = 64;
    public const string Training = "simplified-tax-webinar";
    private const string Conversations = "/api/chat/conversations";

    private readonly ConcurrentQueue<string> _serverErrors = new();
    private int _requests;

    /// <summary>Fails the test with how many requests answered 5xx and the first of them; <paramref name="more"/> is added.</summary>
    public void AssertNoServerErrors(string run, string more = "") => Assert.True(
        _serverErrors.IsEmpty,
        $"{run}: {_serverErrors.Count} of {_requests} requests failed; first: {_serverErrors.FirstOrDefault()}{more}");

    public async Task RunAsync()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clients = Enumerable.Range(0, Clients)
            .Select(i => Task.Run(async () =>
            {
                await start.Task;
                await (i % 2 == 0 ? ReadAsync(i) : WriteAsync(i));
            }))
            .ToList();
        start.SetResult();
        await Task.WhenAll(clients);
    }

    private async Task ReadAsync(int client)
    {
        for (var round = 0; round < 6; round++)
        {
            var unknown = $"unknown{client}x{round}";
            await SendAsync(HttpMethod.Post, $"{Conversations}/{unknown}/messages", "not-a-token", new { text = "привет" });
            await SendAsync(HttpMethod.Get, $"{Conversations}/{unknown}/history", "not-a-token");
            await SendAsync(HttpMethod.Post, "/api/operator/login", null, new { login = "nobody" + client, password = "wrong-password" });
            await SendAsync(HttpMethod.Get, "/health", null);
        }
    }

    private async Task WriteAsync(int client)
    {
        for (var round = 0; round < 2; round++)
        {
            switch (client / 2 % 4)
            {
                case 0:
                    await HandOffAsync();
                    break;
                case 1:
                    await SubscribeAsync();
                    break;
                case 2:
                    await EnrollAsync();
                    break;
                default:
                    await AskAsync();
                    break;
            }
        }
    }

    private async Task AskAsync()
    {
        if (await StartAsync() is not { } chat)
        {
            return;
        }

        await SayAsync(chat, new { text = "как открыть ИП?" });
        await SendAsync(HttpMethod.Get, $"{Conversations}/{chat.ConversationId}/history", chat.Token);
    }

    private async Task HandOffAsync()
    {
        if (await StartAsync() is { } chat)
        {
            await SayAsync(chat, new { text = "/operator" });
        }
    }

    private async Task SubscribeAsync()
    {
        if (await StartAsync() is { } chat && await SayAsync(chat, new { text = "/news" }) is { } offer)
        {
            await PressFirstAsync(chat, offer);
        }
    }

    private async Task EnrollAsync()
    {
        if (await StartAsync() is not { } chat)
        {
            return;
        }

        await SayAsync(chat, new { payload = TrainingPayloads.Details(Training) });
        var step = await SayAsync(chat, new { payload = TrainingPayloads.Enroll(Training) });
        step = await PressFirstAsync(chat, step);
        foreach (var text in new[] { "Айгерим Серикова", "+7 701 123 45 67", "061211600012", "180340021791" })
        {
            step = await SayAsync(chat, new { text });
        }

        step = await PressFirstAsync(chat, step);
        await PressFirstAsync(chat, step);
    }

    private async Task<StartConversationResponse?> StartAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, Conversations, null, new { lang = "ru" });
        return response is { IsSuccessStatusCode: true } ? await response.Content.ReadFromJsonAsync<StartConversationResponse>() : null;
    }

    private async Task<RepliesResponse?> SayAsync(StartConversationResponse chat, object body)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Conversations}/{chat.ConversationId}/messages", chat.Token, body);
        return response is { IsSuccessStatusCode: true } ? await response.Content.ReadFromJsonAsync<RepliesResponse>() : null;
    }

    private async Task<RepliesResponse?> PressFirstAsync(StartConversationResponse chat, RepliesResponse? replies) =>
        replies?.Replies.LastOrDefault()?.Buttons.FirstOrDefault() is { } button
            ? await SayAsync(chat, new { payload = button.Payload })
            : null;

    private async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        Interlocked.Increment(ref _requests);
        try
        {
            var response = await http.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                _serverErrors.Enqueue($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return response;
        }
        catch (HttpRequestException e)
        {
            _serverErrors.Enqueue($"{method} {path}: {e.Message}");
            return null;
        }
    }
}
