using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Core.WebChats;
using ChatBot.Web.Access;
using ChatBot.Web.Api;

namespace ChatBot.Web.Turns;

/// <summary>
/// A web chat message through the engine. Its replies go back in the HTTP response, so they are marked delivered at
/// once; the event stream carries only what is still pending (messages that did not come from a request). The web
/// side's own lane makes "committed and marked" one step for the stream, which reads under the same lane.
/// </summary>
internal sealed class WebTurns(ConversationEngine engine, IOutbox outbox, IWebChats chats, TimeProvider time)
{
    public const string Channel = "web";
    private readonly ConversationLanes _lanes = new();

    public async Task<RepliesResponse> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        using var lane = await _lanes.EnterAsync(message.ConversationId, cancellationToken);

        // Once in the lane, the turn completes even if the client goes away: its replies are then kept for a retry.
        var outcome = await engine.HandleAsync(message, CancellationToken.None);
        var chat = chats.Find(message.ChatId) ?? throw new InvalidOperationException($"web chat {message.ChatId} vanished");
        if (outcome.Duplicate)
        {
            var sameAsLast = message.PlatformMessageId is { } id && id == chat.LastClientMessageId;
            var again = sameAsLast ? chat.LastReplies.Select(r => ChatMessage.Of(r, chat.LastRepliedAt ?? chat.CreatedAt)).ToList() : [];
            return new RepliesResponse(again, Duplicate: true);
        }

        var now = time.GetUtcNow();
        foreach (var item in outcome.Replies)
        {
            outbox.MarkDelivered(item.Id, now);
        }

        if (message.PlatformMessageId is not null)
        {
            chat.LastClientMessageId = message.PlatformMessageId;
            chat.LastReplies = outcome.Replies.Select(r => r.Message).ToList();
            chat.LastRepliedAt = now;
            chats.Update(chat);
        }

        return new RepliesResponse(outcome.Replies.Select(r => ChatMessage.Of(r.Message, r.CreatedAt)).ToList(), Duplicate: false);
    }

    /// <summary>Holds the conversation's lane while the event stream reads what is pending.</summary>
    public Task<IDisposable> HoldAsync(string conversationId, CancellationToken cancellationToken) =>
        _lanes.EnterAsync(conversationId, cancellationToken);
}
