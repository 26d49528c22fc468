using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Http;
using ChatBot.Web.Api;
using ChatBot.Web.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Events;

/// <summary>
/// <c>text/event-stream</c> of a conversation's pending messages (an operator's reply, a later bot message), each
/// with its outbox id as the event id, resumed after <c>Last-Event-ID</c>. It reads the store when it opens and when a
/// change of its conversation is published on <see cref="ConversationEvents"/> (and every <c>Web:Events:PollSeconds</c>
/// if set); otherwise an idle stream sleeps but for its keep-alive comments. A read of the encrypted file costs about a
/// millisecond: a look a minute on 1,000 idle streams cost more than their keep-alives.
/// </summary>
internal sealed class EventStreamResult(string conversationId, long afterId) : IResult, IEndpointMetadataProvider
{
    private const int Batch = 100;

    public async Task ExecuteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        using var slot = services.GetRequiredService<StreamSlots>().TryTake(conversationId, ClientAddress.Of(context), out var full);
        if (slot is null)
        {
            var seconds = HttpProblem.RetryAfter(context, StreamSlots.RetryAfter);
            await HttpProblem.Of(
                StatusCodes.Status429TooManyRequests,
                $"too many open event streams from this {full}; close one or try again in {seconds} s",
                ChatApi.Titles).ExecuteAsync(context);
            return;
        }

        var outbox = services.GetRequiredService<IConversationOutbox>();
        var changes = services.GetRequiredService<ConversationEvents>();
        var time = services.GetRequiredService<TimeProvider>();
        var clock = services.GetRequiredService<StreamClock>();
        var events = services.GetRequiredService<IOptions<WebChatOptions>>().Value.Events;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        TimeSpan? poll = events.PollSeconds > 0 ? TimeSpan.FromSeconds(events.PollSeconds) : null;
        var heartbeat = TimeSpan.FromSeconds(events.HeartbeatSeconds);

        await EventStreamWriter.RunAsync(context, time, async stream =>
        {
            var cursor = afterId;

            // Taken before each read of the store and kept until the next one: whatever changes after a read wakes the wait.
            var listener = changes.Listen(conversationId);
            try
            {
                var look = true;
                var lastLook = time.GetUtcNow();
                while (!stream.Cancellation.IsCancellationRequested)
                {
                    if (look)
                    {
                        var next = changes.Listen(conversationId);
                        listener.Dispose();
                        listener = next;
                        lastLook = time.GetUtcNow();

                        // A web turn's replies are never queued, so what is pending here never came back in a response.
                        var pending = outbox.PendingAfter(conversationId, cursor, Batch);
                        if (pending.Count > 0)
                        {
                            foreach (var item in pending)
                            {
                                stream.Event(JsonSerializer.Serialize(ChatMessage.Of(item.Message, item.CreatedAt), json), id: item.Id.ToString(CultureInfo.InvariantCulture));
                                cursor = item.Id;
                            }

                            await stream.FlushAsync();
                            continue;
                        }
                    }

                    if (time.GetUtcNow() - stream.LastWrite >= heartbeat)
                    {
                        await stream.KeepAlive().FlushAsync();
                    }

                    var now = time.GetUtcNow();
                    var until = Min(LookDue(lastLook, poll) - now, stream.LastWrite + heartbeat - now);
                    await Task.WhenAny(listener.Fired, clock.Delay(until, stream.Cancellation));
                    look = listener.Fired.IsCompleted || time.GetUtcNow() >= LookDue(lastLook, poll);
                }
            }
            finally
            {
                listener.Dispose();
            }
        });
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ChatMessage), ["text/event-stream"]));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>When the next look is due; with no periodic look, never.</summary>
    private static DateTimeOffset LookDue(DateTimeOffset lastLook, TimeSpan? poll) =>
        poll is { } every ? lastLook + every : DateTimeOffset.MaxValue;
}
