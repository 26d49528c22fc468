using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatBot.Http;

/// <summary>
/// Writes a <c>text/event-stream</c> for each live stream (the widget's and the console's), so they answer alike: the
/// same headers, nothing buffered on the way (nor by a proxy), a reconnection delay first, then events and keep-alive
/// comments, each flushed at once. <c>TypedResults.ServerSentEvents</c> cannot write comments and sets its own
/// content type and cache headers, so it would change what both streams send.
/// </summary>
internal sealed class EventStreamWriter
{
    private readonly HttpResponse _response;
    private readonly TimeProvider _time;
    private readonly StringBuilder _pending = new();

    private EventStreamWriter(HttpContext context, TimeProvider time)
    {
        _response = context.Response;
        _time = time;
        Cancellation = context.RequestAborted;
    }

    /// <summary>Cancelled when the client goes away: that is how every event stream ends.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>When the stream last sent something, on the injected clock.</summary>
    public DateTimeOffset LastWrite { get; private set; }

    /// <summary>Opens the stream on <paramref name="context"/> and runs <paramref name="write"/> until the client goes away.</summary>
    public static async Task RunAsync(HttpContext context, TimeProvider time, Func<EventStreamWriter, Task> write)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var writer = new EventStreamWriter(context, time);
        try
        {
            writer._pending.Append("retry: 3000\n\n");
            await writer.FlushAsync();
            await write(writer);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && writer.Cancellation.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    /// <summary>Queues an event; <see cref="FlushAsync"/> sends what is queued.</summary>
    public EventStreamWriter Event(string data, string? id = null, string? type = null)
    {
        if (type is not null)
        {
            _pending.Append("event: ").Append(type).Append('\n');
        }

        if (id is not null)
        {
            _pending.Append("id: ").Append(id).Append('\n');
        }

        foreach (var line in data.Split('\n'))
        {
            _pending.Append("data: ").Append(line).Append('\n');
        }

        _pending.Append('\n');
        return this;
    }

    /// <summary>Queues a comment, which clients ignore and proxies see as traffic, so they keep an idle stream open.</summary>
    public EventStreamWriter KeepAlive()
    {
        _pending.Append(": keep-alive\n\n");
        return this;
    }

    public async Task FlushAsync()
    {
        await _response.WriteAsync(_pending.ToString(), Cancellation);
        await _response.Body.FlushAsync(Cancellation);
        _pending.Clear();
        LastWrite = _time.GetUtcNow();
    }
}
