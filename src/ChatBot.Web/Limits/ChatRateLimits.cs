using Microsoft.Extensions.Options;

namespace ChatBot.Web.Limits;

/// <summary>The two limits of <c>Web:RateLimit</c>: messages per conversation and requests per client address.</summary>
internal sealed class ChatRateLimits(IOptions<WebChatOptions> options, TimeProvider time)
{
    private readonly SlidingWindowLimiter _perConversation = new(options.Value.RateLimit.PerConversationPerMinute, time);
    private readonly SlidingWindowLimiter _perAddress = new(options.Value.RateLimit.PerAddressPerMinute, time);

    public bool TryConversation(string conversationId, out TimeSpan retryAfter) =>
        _perConversation.TryAcquire(conversationId, out retryAfter);

    public bool TryAddress(string address, out TimeSpan retryAfter) =>
        _perAddress.TryAcquire(address, out retryAfter);
}
