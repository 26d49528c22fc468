using System.Net;

namespace ChatBot.Tests.Web;

/// <summary>Web:RateLimit: too many messages a minute from one conversation or one address are a 429 with Retry-After.</summary>
public sealed class ChatRateLimitTests
{
    [Fact]
    public async Task TheFourthMessageInAMinuteFromOneConversationIs429UntilTheMinuteHasPassed()
    {
        using var host = new WebChatHost(perConversationPerMinute: 3, perAddressPerMinute: 0);
        var client = host.Chat();
        var chat = await client.StartAsync();
        var other = await client.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            using var accepted = await client.PostAsync(chat, new { text = "привет" });
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            host.Time.Advance(TimeSpan.FromSeconds(10));
        }

        using var refused = await client.PostAsync(chat, new { text = "привет" });
        using var otherConversation = await client.PostAsync(other, new { text = "привет" });
        host.Time.Advance(TimeSpan.FromSeconds(30));
        using var afterTheFirstLeftTheWindow = await client.PostAsync(chat, new { text = "привет" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("30", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("too many messages from this conversation", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterTheFirstLeftTheWindow.StatusCode);
    }

    [Fact]
    public async Task OneAddressIsLimitedAcrossConversationsAndNewConversations()
    {
        using var host = new WebChatHost(perConversationPerMinute: 0, perAddressPerMinute: 3);
        var client = host.Chat();
        var chat = await client.StartAsync();
        var other = await client.StartAsync();
        using var third = await client.PostAsync(chat, new { text = "привет" });

        using var refusedMessage = await client.PostAsync(other, new { text = "привет" });
        using var refusedStart = await client.Http.PostAsync(ChatClient.Conversations, null);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedMessage.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedStart.StatusCode);
        Assert.Contains("too many messages from this address", await refusedStart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("60", refusedStart.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task ZeroTurnsBothLimitsOff()
    {
        using var host = new WebChatHost(perConversationPerMinute: 0, perAddressPerMinute: 0);
        var client = host.Chat();
        var chat = await client.StartAsync();

        for (var i = 0; i < 70; i++)
        {
            using var response = await client.PostAsync(chat, new { payload = "menu" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
