using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// Sends generated requests to a running service and checks each answer: never a 5xx, and every refusal by the chat
/// API is problem details with a reason. The only 5xx allowed are Kestrel's 501 and 505 to raw bytes that ask for a
/// transfer coding or an HTTP version it does not speak, which is what HTTP prescribes. A connection closed without
/// an answer is counted (status 0), not failed: the service's log and its answers afterwards tell whether it suffered.
/// </summary>
internal sealed partial class HttpFuzzer(Uri service, int seed) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Patience };

    private int _inputs;

    public int Inputs => _inputs;

    /// <summary>How many answers had each status ("closed": the connection closed without one), raw bytes apart.</summary>
    public ConcurrentDictionary<string, int> Statuses { get; } = new();

    public async Task SendAsync(HttpFuzzInput input, int worker, int index)
    {
        Interlocked.Increment(ref _inputs);
        if (input.TicketFor is { } owner)
        {
            input = input with { Target = input.Target.Replace(HttpFuzzInput.TicketMark, Uri.EscapeDataString(await TicketAsync(owner.ConversationId, owner.Token)), StringComparison.Ordinal) };
        }

        var (status, broken) = input.Raw is { } raw ? (await SendRawAsync(raw), null)
            : Uri.TryCreate(service.GetLeftPart(UriPartial.Authority) + input.Target, UriKind.Absolute, out var target) ? await SendHttpAsync(input, target)
            : (await SendRawAsync(Encoding.Latin1.GetBytes($"{input.Method} {input.Target} HTTP/1.1\r\nHost: {service.Authority}\r\nConnection: close\r\n\r\n")), null);
        Statuses.AddOrUpdate((input.Raw is null ? "" : "raw ") + (status == 0 ? "closed" : status.ToString(CultureInfo.InvariantCulture)), 1, (_, n) => n + 1);
        if (status >= 500 && !(input.Raw is not null && status is 501 or 505))
        {
            broken = $"answered {status}";
        }

        if (broken is not null)
        {
            throw new XunitException($"{broken}\n  seed: {seed}, worker {worker}, request {index} ({RunSeed.Variable}={seed} replays the run)\n  request: {input}");
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A stream ticket as the widget asks for one, right before it opens the stream.</summary>
    private async Task<string> TicketAsync(string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(service, $"{HttpInputs.Conversations}/{conversationId}/events/ticket"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new XunitException($"a ticket for a conversation of the service was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("ticket").GetString()!;
    }

    private async Task<(int Status, string? Broken)> SendHttpAsync(HttpFuzzInput input, Uri target)
    {
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), target);
        if (input.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach (var (name, value) in input.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var status = (int)response.StatusCode;
            if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
            {
                // A live stream that opened: its headers are the answer; it would run until the client leaves.
                return (status, null);
            }

            var content = await response.Content.ReadAsStringAsync();
            return (status, IsChatApiRefusal(request, status) ? NotAProblem(response, content) : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, null);
        }
    }

    /// <summary>
    /// A 4xx of a chat API route the request matched. Kestrel refuses some requests before any route, with an empty
    /// 400 (a NUL in the decoded path), 413, 414 or 431: those are not the API's.
    /// </summary>
    private static bool IsChatApiRefusal(HttpRequestMessage request, int status) =>
        status is >= 400 and < 500 and not (413 or 414 or 431) && request.RequestUri is { } uri && !uri.AbsolutePath.Contains("%00", StringComparison.Ordinal)
        && ChatRoute().Match(uri.AbsolutePath) is { Success: true } route && request.Method.Method == (route.Groups["read"].Success ? "GET" : "POST");

    private static string? NotAProblem(HttpResponseMessage response, string content)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"answered {(int)response.StatusCode} without problem details: {Printable.Of(content)}";
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 }
                ? null
                : $"answered {(int)response.StatusCode} with problem details without a reason: {Printable.Of(content)}";
        }
        catch (JsonException)
        {
            return $"answered {(int)response.StatusCode} with problem details that are not JSON: {Printable.Of(content)}";
        }
    }

    /// <returns>The status of the answer, or 0 when the connection closed without one.</returns>
    private async Task<int> SendRawAsync(byte[] raw)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var patience = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new DnsEndPoint(service.Host, service.Port), patience.Token);
        try
        {
            await socket.SendAsync(raw, SocketFlags.None, patience.Token);

            // The end of the request only once the server has had a moment to answer: a server that closes a
            // connection with unread bytes in it resets it, and the reset throws away an answer not yet read.
            if (!socket.Poll(TimeSpan.FromMilliseconds(500), SelectMode.SelectRead))
            {
                socket.Shutdown(SocketShutdown.Send);
            }
        }
        catch (SocketException)
        {
            // The server answered and closed before taking everything: its answer is still there to read.
        }

        var answer = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while (answer.Length < 16_384 && (read = await socket.ReceiveAsync(buffer, SocketFlags.None, patience.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (SocketException)
        {
            // Reset after the answer or instead of one.
        }

        var statusLine = Encoding.Latin1.GetString(answer.ToArray()).Split("\r\n", 2)[0];
        return StatusLine().Match(statusLine) is { Success: true } match ? int.Parse(match.Groups[1].Value) : 0;
    }

    [GeneratedRegex(@"^/api/chat/conversations(/|/[^/]+/messages|/[^/]+/events/ticket|/[^/]+/(?<read>history|events))?$")]
    private static partial Regex ChatRoute();

    [GeneratedRegex(@"^HTTP/1\.[01] (\d{3})")]
    private static partial Regex StatusLine();
}
