using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Web.Api;

namespace ChatBot.Web.Turns;

/// <summary>
/// A web chat message through the engine. Its replies go back in the HTTP response, so the engine queues none of them
/// in the outbox (<see cref="IncomingMessage.AnsweredInResponse"/>); the event stream carries only what is pending
/// there (messages that did not come from a request).
/// </summary>
internal sealed class WebTurns(ConversationEngine engine, IConversationStore store)
{
    public const string Channel = Channels.Web;

    public async Task<RepliesResponse> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // The request's token only covers the wait for the conversation's lane: a turn that started is finished even if
        // the client goes away, and a retry then gets its replies.
        var outcome = await engine.HandleAsync(message with { AnsweredInResponse = true }, cancellationToken);
        if (outcome.Duplicate)
        {
            var last = store.Find(message.ConversationId)?.LastAnswer;
            var again = last is not null && last.MessageId == message.PlatformMessageId
                ? last.Replies.Select(r => ChatMessage.Of(r, last.At)).ToList()
                : [];
            return new RepliesResponse(again, Duplicate: true);
        }

        return new RepliesResponse(outcome.Replies.Select(r => ChatMessage.Of(r.Message, r.CreatedAt)).ToList(), Duplicate: false);
    }
}
