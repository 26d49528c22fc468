using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Handoff;
using ChatBot.Http;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>
/// <c>GET /api/operator/events</c>: <c>text/event-stream</c> with one <c>changed</c> event per conversation that
/// changed (<c>{"conversationId"}</c>); the console reloads the queue and the open transcript. A comment after
/// 15 s without events keeps proxies from closing an idle stream. While the stream is open its operator counts as online.
/// </summary>
internal static class EventsApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task Stream(HttpContext context, ConversationEvents events, OperatorPresence presence, TimeProvider time)
    {
        // Both before the stream opens: a client that has read its first line is online and misses no change.
        using var subscription = events.ListenAll(e => e.Change == ConversationChange.Handoff);
        using var online = presence.Connect(ConversationApi.Who(context));
        await EventStreamWriter.RunAsync(context, time, async stream =>
        {
            while (!stream.Cancellation.IsCancellationRequested)
            {
                // The quiet period runs on the injected clock, like every other wait of the service.
                using var quiet = new CancellationTokenSource(Heartbeat, time);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stream.Cancellation, quiet.Token);
                try
                {
                    var change = await subscription.Reader.ReadAsync(wait.Token);
                    stream.Event(JsonSerializer.Serialize(new { conversationId = change.ConversationId }), type: "changed");
                }
                catch (OperationCanceledException) when (!stream.Cancellation.IsCancellationRequested)
                {
                    stream.KeepAlive();
                }

                await stream.FlushAsync();
            }
        });
    }
}
