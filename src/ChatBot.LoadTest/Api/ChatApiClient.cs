using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace ChatBot.LoadTest.Api;

/// <summary>The web chat API as the widget calls it: start a conversation, send typed text or a pressed button.</summary>
public sealed class ChatApiClient(HttpClient http)
{
    private const string Conversations = "api/chat/conversations";

    public async Task<TurnResult> StartAsync(string language, CancellationToken cancel)
    {
        var (body, error) = await CallAsync(
            () => http.PostAsJsonAsync(Conversations, new StartBody(language), ApiJson.Default.StartBody, cancel),
            content => content.ReadFromJsonAsync(ApiJson.Default.StartedBody, cancel));
        return body is null
            ? TurnResult.Failed(error ?? "empty body")
            : new TurnResult(body.Replies, null, new WebConversation(body.ConversationId, body.Token, language));
    }

    public Task<TurnResult> SayAsync(WebConversation conversation, string text, CancellationToken cancel) =>
        SendAsync(conversation, new MessageBody(text, null, conversation.NextMessageId()), cancel);

    public Task<TurnResult> PressAsync(WebConversation conversation, string payload, CancellationToken cancel) =>
        SendAsync(conversation, new MessageBody(null, payload, conversation.NextMessageId()), cancel);

    /// <summary><c>GET /health</c>: the service's most trivial answer, for the ceiling.</summary>
    public async Task<TurnResult> HealthAsync(CancellationToken cancel)
    {
        var (_, error) = await CallAsync(() => http.GetAsync("health", cancel), async content => (string?)await content.ReadAsStringAsync(cancel));
        return error is null ? new TurnResult([], null) : TurnResult.Failed(error);
    }

    private async Task<TurnResult> SendAsync(WebConversation conversation, MessageBody message, CancellationToken cancel)
    {
        var (body, error) = await CallAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"{Conversations}/{conversation.Id}/messages")
                {
                    Content = JsonContent.Create(message, ApiJson.Default.MessageBody),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
                return http.SendAsync(request, cancel);
            },
            content => content.ReadFromJsonAsync(ApiJson.Default.RepliesBody, cancel));
        return error is null ? new TurnResult(body?.Replies ?? [], null) : TurnResult.Failed(error);
    }

    // A failure is named the way the report counts it: the status code, or what broke on the way.
    private static async Task<(T? Body, string? Error)> CallAsync<T>(Func<Task<HttpResponseMessage>> call, Func<HttpContent, Task<T?>> read)
    {
        try
        {
            using var response = await call();
            return response.IsSuccessStatusCode
                ? (await read(response.Content), null)
                : (default, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            return (default, "timeout");
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException socket)
        {
            return (default, socket.SocketErrorCode == SocketError.ConnectionRefused ? "connection refused" : "socket " + socket.SocketErrorCode);
        }
        catch (HttpRequestException e)
        {
            return (default, e.HttpRequestError == HttpRequestError.Unknown ? "transport" : e.HttpRequestError.ToString());
        }
        catch (JsonException)
        {
            return (default, "malformed JSON");
        }
    }
}
