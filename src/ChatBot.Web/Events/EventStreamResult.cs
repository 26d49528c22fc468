using System.Reflection;
using System.Text;
using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Web.Api;
using ChatBot.Web.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Events;

/// <summary>
/// <c>text/event-stream</c> of a conversation's pending messages (an operator's reply, a later bot message), each
/// with its outbox id as the event id, resumed after <c>Last-Event-ID</c>. It wakes on a
/// <see cref="ConversationSignals"/> notification and otherwise looks into the store every poll interval.
/// </summary>
internal sealed class EventStreamResult(string conversationId, long afterId) : IResult, IEndpointMetadataProvider
{
    private const int Batch = 100;

    public async Task ExecuteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var outbox = services.GetRequiredService<IConversationOutbox>();
        var signals = services.GetRequiredService<ConversationSignals>();
        var time = services.GetRequiredService<TimeProvider>();
        var events = services.GetRequiredService<IOptions<WebChatOptions>>().Value.Events;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var poll = TimeSpan.FromSeconds(events.PollSeconds);
        var heartbeat = TimeSpan.FromSeconds(events.HeartbeatSeconds);
        var cancellation = context.RequestAborted;

        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var cursor = afterId;
        try
        {
            await WriteAsync(response, "retry: 3000\n\n", cancellation);
            var lastWrite = time.GetUtcNow();
            while (!cancellation.IsCancellationRequested)
            {
                using var listener = signals.Listen(conversationId);
                // A web turn's replies are committed as delivered, so what is pending here never came back in a response.
                var pending = outbox.PendingAfter(conversationId, cursor, Batch);

                if (pending.Count > 0)
                {
                    var text = new StringBuilder();
                    foreach (var item in pending)
                    {
                        text.Append("id: ").Append(item.Id).Append('\n')
                            .Append("data: ").Append(JsonSerializer.Serialize(ChatMessage.Of(item.Message, item.CreatedAt), json)).Append("\n\n");
                        cursor = item.Id;
                    }

                    await WriteAsync(response, text.ToString(), cancellation);
                    lastWrite = time.GetUtcNow();
                    continue;
                }

                if (time.GetUtcNow() - lastWrite >= heartbeat)
                {
                    await WriteAsync(response, ": keep-alive\n\n", cancellation);
                    lastWrite = time.GetUtcNow();
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                await Task.WhenAny(listener.Fired, Task.Delay(poll, time, wait.Token));
                await wait.CancelAsync();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && cancellation.IsCancellationRequested)
        {
            // The client went away: that is how every event stream ends.
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ChatMessage), ["text/event-stream"]));

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellation)
    {
        await response.WriteAsync(text, cancellation);
        await response.Body.FlushAsync(cancellation);
    }
}
