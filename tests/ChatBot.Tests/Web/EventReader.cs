using System.Text.Json;
using ChatBot.Web.Api;

namespace ChatBot.Tests.Web;

/// <summary>Reads a <c>text/event-stream</c> as EventSource does: fields up to a blank line make one event.</summary>
public sealed class EventReader(HttpResponseMessage response, Stream stream) : IDisposable
{
    // Guards against a test hanging forever on a stream that never speaks; not a measure of speed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
    private readonly StreamReader _reader = new(stream);

    public async Task<(long Id, ChatMessage Message)> NextAsync()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        string? id = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(guard.Token)
                ?? throw new Xunit.Sdk.XunitException("the event stream ended");
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    var message = JsonSerializer.Deserialize<ChatMessage>(string.Join('\n', data), JsonSerializerOptions.Web)!;
                    return (long.Parse(id ?? throw new Xunit.Sdk.XunitException("an event without an id")), message);
                }

                continue;
            }

            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line[6..]);
            }
        }
    }

    /// <summary>Reads up to the next keep-alive comment: the stream has gone to sleep and woken on its clock.</summary>
    public async Task KeepAliveAsync()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (await _reader.ReadLineAsync(guard.Token) is { } line)
        {
            if (line.StartsWith(':'))
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException("the event stream ended");
    }

    public void Dispose()
    {
        _reader.Dispose();
        response.Dispose();
    }
}
