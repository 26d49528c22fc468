using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Resilience.Tests.Faults;

/// <summary>
/// A Bot API on a fixed loopback port that passes every call through to the fake Bot API behind it, or fails it the
/// way Telegram and the network fail (<see cref="BotApiFault"/>); refusing, it stops listening on its port, and it
/// listens on the same port again afterwards. A call it fails never reaches the fake, so a retry cannot deliver twice.
/// </summary>
internal sealed class FlakyBotApi : IAsyncDisposable
{
    public const int RetryAfterSeconds = 2;

    private readonly HttpClient _forward = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly string _target;
    private readonly int _port;
    private readonly List<Task> _stopping = [];
    private WebApplication? _app;
    private BotApiFault _fault;
    private int _polls;
    private int _hangs;

    private FlakyBotApi(string target, int port)
    {
        _target = target.TrimEnd('/');
        _port = port;
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    /// <summary>How many calls were failed, by the fault that failed them.</summary>
    public ConcurrentDictionary<BotApiFault, int> Failed { get; } = new();

    public static async Task<FlakyBotApi> StartAsync(string target)
    {
        using var free = new TcpListener(IPAddress.Loopback, 0);
        free.Start();
        var api = new FlakyBotApi(target, ((IPEndPoint)free.LocalEndpoint).Port);
        free.Stop();
        await api.ListenAsync();
        return api;
    }

    /// <summary>From now on, calls fail this way (<see cref="BotApiFault.None"/>: they go through).</summary>
    public async Task FailAsync(BotApiFault fault)
    {
        if (fault == BotApiFault.Refused && _app is { } app)
        {
            // The port closes at once; calls already taken (left hanging) go on until their client gives up.
            _app = null;
            _stopping.Add(StopAsync(app));
        }
        else if (fault != BotApiFault.Refused && _app is null)
        {
            await ListenAsync();
        }

        _fault = fault;
    }

    /// <summary>Stops listening; call it after the service is gone, which ends the calls left hanging.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _stopping.Add(StopAsync(app));
        }

        await Task.WhenAll(_stopping);
        _forward.Dispose();
    }

    private async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);

        // Calls left hanging outlive the port's closing: they end when their client gives up.
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromMinutes(2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    private static async Task StopAsync(WebApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Path.Value?.Split('/').LastOrDefault() ?? "";
        var fault = _fault;
        switch (fault)
        {
            case BotApiFault.FloodControl when method != "getUpdates":
                Failed.AddOrUpdate(fault, 1, (_, n) => n + 1);
                await ErrorAsync(context, 429, $"Too Many Requests: retry after {RetryAfterSeconds}", $",\"parameters\":{{\"retry_after\":{RetryAfterSeconds}}}");
                return;
            case BotApiFault.ServerErrors when method != "getUpdates" || Interlocked.Increment(ref _polls) % 2 == 0:
                var status = Failed.AddOrUpdate(fault, 1, (_, n) => n + 1) % 2 == 0 ? 500 : 502;
                await ErrorAsync(context, status, status == 500 ? "Internal Server Error" : "Bad Gateway", "");
                return;
            case BotApiFault.Hang when method != "getUpdates" && Interlocked.Increment(ref _hangs) % 2 == 0:
                Failed.AddOrUpdate(fault, 1, (_, n) => n + 1);
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up waiting, or the front went down.
                }

                return;
            default:
                await ForwardAsync(context);
                return;
        }
    }

    private static Task ErrorAsync(HttpContext context, int status, string description, string more)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($"{{\"ok\":false,\"error_code\":{status},\"description\":\"{description}\"{more}}}");
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), _target + context.Request.Path + context.Request.QueryString)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        if (context.Request.ContentType is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        try
        {
            using var response = await _forward.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await context.Response.Body.WriteAsync(await response.Content.ReadAsByteArrayAsync(context.RequestAborted), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The service hung up (a long poll it gave up); the fake sees the same.
        }
    }
}
