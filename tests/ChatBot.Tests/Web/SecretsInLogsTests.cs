using ChatBot.Testing;

namespace ChatBot.Tests.Web;

/// <summary>
/// A conversation's token opens it for as long as it lives, so it must not reach a log: the service as its own
/// process, logging every request at Information, is used as the widget uses it and its output is searched.
/// </summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task TheTokenIsInNoLogLineEvenWithEveryRequestLogged()
    {
        using var service = await ServiceProcess.StartAsync(
            "--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Information");
        using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
        var chat = new ChatClient(http);
        var started = await chat.StartAsync();

        await chat.SayAsync(started, "как открыть ИП?");
        await chat.HistoryAsync(started);
        (await chat.OpenEventsAsync(started, withTicket: true)).Dispose();
        (await chat.OpenEventsAsync(started)).Dispose();

        // The console logger writes from a queue of its own: wait until the last request's line is out.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (service.Output.Split('\n').Count(l => l.Contains("/events", StringComparison.Ordinal)) < 2 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.Contains("Request starting HTTP/1.1 GET " + service.Url + ChatClient.Conversations, service.Output, StringComparison.Ordinal);
        Assert.Contains("/events?ticket=", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(started.Token, service.Output, StringComparison.Ordinal);
    }
}
