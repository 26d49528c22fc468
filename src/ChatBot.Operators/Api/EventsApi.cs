using System.Text.Json;
using ChatBot.Core.Handoff;
using ChatBot.Operators.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatBot.Operators.Api;

/// <summary>
/// <c>GET /api/operator/events</c>: <c>text/event-stream</c> with one <c>changed</c> event per conversation that
/// changed (<c>{"conversationId"}</c>); the console reloads the queue and the open transcript. A comment every
/// 15 s keeps proxies from closing an idle stream. While the stream is open its operator counts as online.
/// </summary>
internal static class EventsApi
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task Stream(HttpContext context, OperatorEvents events, OperatorPresence presence)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var cancellation = context.RequestAborted;
        using var subscription = events.Listen();
        using var online = presence.Connect(ConversationApi.Who(context));
        try
        {
            await response.WriteAsync("retry: 3000\n\n", cancellation);
            await response.Body.FlushAsync(cancellation);
            while (!cancellation.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                wait.CancelAfter(Heartbeat);
                string text;
                try
                {
                    var id = await subscription.Reader.ReadAsync(wait.Token);
                    text = "event: changed\ndata: " + JsonSerializer.Serialize(new { conversationId = id }) + "\n\n";
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    text = ": keep-alive\n\n";
                }

                await response.WriteAsync(text, cancellation);
                await response.Body.FlushAsync(cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The console went away.
        }
    }
}
