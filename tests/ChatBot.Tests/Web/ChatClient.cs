using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Web;

/// <summary>The chat API as a client uses it; every call returns the raw response too, for the status tests.</summary>
public sealed class ChatClient(HttpClient http)
{
    public const string Conversations = "/api/chat/conversations";

    public HttpClient Http => http;

    public async Task<StartConversationResponse> StartAsync(string? lang = "ru")
    {
        using var response = await http.PostAsJsonAsync(Conversations, new { lang });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StartConversationResponse>())!;
    }

    public Task<HttpResponseMessage> PostRawAsync(string conversationId, string? token, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Conversations}/{conversationId}/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(StartConversationResponse chat, object body) =>
        PostRawAsync(chat.ConversationId, chat.Token, System.Text.Json.JsonSerializer.Serialize(body));

    public async Task<RepliesResponse> SayAsync(StartConversationResponse chat, string text, string? clientMessageId = null) =>
        await RepliesOf(await PostAsync(chat, new { text, clientMessageId }));

    public async Task<RepliesResponse> PressAsync(StartConversationResponse chat, string payload) =>
        await RepliesOf(await PostAsync(chat, new { payload }));

    public Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public async Task<HistoryResponse> HistoryAsync(StartConversationResponse chat)
    {
        using var response = await GetAsync($"{Conversations}/{chat.ConversationId}/history", chat.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<HistoryResponse>())!;
    }

    /// <summary>A ticket for the event stream, as the widget gets one before each connection.</summary>
    public async Task<string> TicketAsync(StartConversationResponse chat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Conversations}/{chat.ConversationId}/events/ticket");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StreamTicketResponse>())!.Ticket;
    }

    /// <param name="withTicket">As EventSource does: a ticket in the URL instead of the token in a header.</param>
    public async Task<EventReader> OpenEventsAsync(StartConversationResponse chat, long? lastEventId = null, bool withTicket = false)
    {
        var path = $"{Conversations}/{chat.ConversationId}/events" + (withTicket ? "?ticket=" + Uri.EscapeDataString(await TicketAsync(chat)) : "");
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (!withTicket)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chat.Token);
        }

        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString());
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventReader(response, await response.Content.ReadAsStreamAsync());
    }

    private static async Task<RepliesResponse> RepliesOf(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<RepliesResponse>())!;
        }
    }
}
