using ChatBot.Web;

namespace ChatBot.Tests.Web;

public sealed class WebChatOptionsTests
{
    [Fact]
    public void TheDefaultsAreValidAndZeroTurnsALimitOff() =>
        Assert.Empty(new WebChatOptions { RateLimit = { PerConversationPerMinute = 0, PerAddressPerMinute = 0 } }.Problems());

    [Fact]
    public void ANegativeLimitOrPollStopsStartUpNamingTheKey()
    {
        Assert.Equal(
            "Web:RateLimit:PerAddressPerMinute must be 0 (off) or positive, not -1",
            Assert.Single(new WebChatOptions { RateLimit = { PerAddressPerMinute = -1 } }.Problems()));
        Assert.Contains("Web:Events:PollSeconds", Assert.Single(new WebChatOptions { Events = { PollSeconds = -1 } }.Problems()));
        Assert.Contains("Web:Events:HeartbeatSeconds", Assert.Single(new WebChatOptions { Events = { HeartbeatSeconds = 301 } }.Problems()));
        Assert.Contains("Web:Events:MaxStreamsPerAddress", Assert.Single(new WebChatOptions { Events = { MaxStreamsPerAddress = -1 } }.Problems()));
    }
}
