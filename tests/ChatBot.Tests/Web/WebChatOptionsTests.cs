using ChatBot.Web;

namespace ChatBot.Tests.Web;

public sealed class WebChatOptionsTests
{
    [Fact]
    public void TheDefaultsAreValidAndZeroTurnsALimitOff() =>
        Assert.True(new WebChatOptions { RateLimit = { PerConversationPerMinute = 0, PerAddressPerMinute = 0 } }.IsValid());

    [Fact]
    public void ANegativeLimitOrAPollOfZeroStopsStartUp()
    {
        Assert.False(new WebChatOptions { RateLimit = { PerAddressPerMinute = -1 } }.IsValid());
        Assert.False(new WebChatOptions { Events = { PollSeconds = 0 } }.IsValid());
        Assert.False(new WebChatOptions { Events = { HeartbeatSeconds = 301 } }.IsValid());
    }
}
