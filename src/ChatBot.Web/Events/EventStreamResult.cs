using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Http;
using ChatBot.Web.Api;
using ChatBot.Web.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Events;

/// <summary>
/// <c>text/event-stream</c> of a conversation's pending messages (an operator's reply, a later bot message), each
/// with its outbox id as the event id, resumed after <c>Last-Event-ID</c>. It wakes on a change of its conversation
/// published on <see cref="ConversationEvents"/> and otherwise looks into the store every poll interval.
/// </summary>
internal sealed class EventStreamResult(string conversationId, long afterId) : IResult, IEndpointMetadataProvider
{
    private const int Batch = 100;

    public Task ExecuteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var outbox = services.GetRequiredService<IConversationOutbox>();
        var changes = services.GetRequiredService<ConversationEvents>();
        var time = services.GetRequiredService<TimeProvider>();
        var events = services.GetRequiredService<IOptions<WebChatOptions>>().Value.Events;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var poll = TimeSpan.FromSeconds(events.PollSeconds);
        var heartbeat = TimeSpan.FromSeconds(events.HeartbeatSeconds);

        return EventStreamWriter.RunAsync(context, time, async stream =>
        {
            var cursor = afterId;
            while (!stream.Cancellation.IsCancellationRequested)
            {
                using var listener = changes.Listen(conversationId);
                // A web turn's replies are committed as delivered, so what is pending here never came back in a response.
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

                if (time.GetUtcNow() - stream.LastWrite >= heartbeat)
                {
                    await stream.KeepAlive().FlushAsync();
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stream.Cancellation);
                await Task.WhenAny(listener.Fired, Task.Delay(poll, time, wait.Token));
                await wait.CancelAsync();
            }
        });
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ChatMessage), ["text/event-stream"]));
}
