using System.Net;
using ChatBot.Testing;

namespace ChatBot.Tests.Storage.Load;

/// <summary>
/// The same first-minute load through the running service as a separate process, the way it failed in the field: a
/// fresh installation answers no 5xx, logs no failure, and is healthy afterwards.
/// </summary>
public sealed class ServiceProcessUnderLoadTests
{
    private const int Installations = 3;

    [Fact]
    public async Task ThreeFreshInstallationsRunningAsTheirOwnProcessServeTheLoadWithoutA5xx()
    {
        for (var run = 1; run <= Installations; run++)
        {
            using var service = await ServiceProcess.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(service.Url) };
            var load = new FreshInstallationLoad(http);

            await load.RunAsync();

            load.AssertNoServerErrors($"run {run}", "\n" + service.Output);
            using var health = await http.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.DoesNotContain("fail:", service.Output, StringComparison.Ordinal);
        }
    }
}
