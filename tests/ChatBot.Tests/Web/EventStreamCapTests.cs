using System.Net;
using System.Text.Json;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Web;

/// <summary>
/// Web:Events:MaxStreamsPerConversation and MaxStreamsPerAddress: a stream beyond either cap is a 429 with the reason
/// and Retry-After, and a closed stream gives its place back.
/// </summary>
public sealed class EventStreamCapTests
{
    [Fact]
    public async Task AFourthStreamOfOneConversationIs429UntilOneCloses()
    {
        using var host = new WebChatHost(0, 0, ("Web:Events:MaxStreamsPerConversation", "3"));
        var client = host.Chat();
        var chat = await client.StartAsync();
        var other = await client.StartAsync();
        var open = new List<EventReader>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await client.OpenEventsAsync(chat, withTicket: i == 0));
        }

        using var refused = await OpenAsync(client, chat);
        using var ofAnotherConversation = await client.OpenEventsAsync(other);
        open[0].Dispose();

        await AssertRefusedAsync(refused, "too many open event streams from this conversation");
        using var afterOneClosed = await OpenWhenFreeAsync(client, chat);
        open.ForEach(reader => reader.Dispose());
    }

    [Fact]
    public async Task OneAddressMayHoldAtMostItsCapOfStreamsAcrossConversations()
    {
        using var host = new WebChatHost(0, 0, ("Web:Events:MaxStreamsPerAddress", "2"));
        var client = host.Chat();
        var chats = new[] { await client.StartAsync(), await client.StartAsync(), await client.StartAsync() };
        using var first = await client.OpenEventsAsync(chats[0]);
        using var second = await client.OpenEventsAsync(chats[1]);

        using var refused = await OpenAsync(client, chats[2]);

        await AssertRefusedAsync(refused, "too many open event streams from this address");
    }

    [Fact]
    public async Task ZeroTurnsBothCapsOff()
    {
        using var host = new WebChatHost(0, 0, ("Web:Events:MaxStreamsPerConversation", "0"), ("Web:Events:MaxStreamsPerAddress", "0"));
        var client = host.Chat();
        var chat = await client.StartAsync();

        var open = new List<EventReader>();
        for (var i = 0; i < 25; i++)
        {
            open.Add(await client.OpenEventsAsync(chat));
        }

        open.ForEach(reader => reader.Dispose());
    }

    private static Task<HttpResponseMessage> OpenAsync(ChatClient client, StartConversationResponse chat) =>
        client.GetAsync($"{ChatClient.Conversations}/{chat.ConversationId}/events", chat.Token);

    /// <summary>A closed stream's place is given back when the service notices the client left, a moment later.</summary>
    private static async Task<EventReader> OpenWhenFreeAsync(ChatClient client, StartConversationResponse chat)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var response = await client.Http.SendAsync(
                new HttpRequestMessage(HttpMethod.Get, $"{ChatClient.Conversations}/{chat.ConversationId}/events")
                {
                    Headers = { Authorization = new("Bearer", chat.Token) },
                },
                HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return new EventReader(response, await response.Content.ReadAsStreamAsync());
            }

            response.Dispose();
            Assert.True(DateTime.UtcNow < until, "the closed stream's place was not given back");
            await Task.Delay(50);
        }
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("30", response.Headers.GetValues("Retry-After").Single());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
