using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// The program as its own process, started from a folder that holds no appsettings.json: it reads the one beside
/// itself, and a setting it cannot use is one line and exit code 2, before any work.
/// </summary>
public sealed class SettingsFileTests
{
    [Fact]
    public async Task TheServiceReadsAppsettingsWhereverItIsStartedFrom()
    {
        using var service = await ServiceProcess.StartAsync();
        using var http = new HttpClient();
        for (var i = 0; i < 3; i++)
        {
            (await http.GetAsync(service.Url + "/health")).EnsureSuccessStatusCode();
        }

        await Task.Delay(TimeSpan.FromSeconds(1)); // the console logger writes from a queue of its own

        // appsettings.json sets Microsoft.AspNetCore to Warning; unread, every request above would log two lines.
        Assert.Contains("Content root path: " + AppContext.BaseDirectory, service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Request starting", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore.Hosting.Diagnostics", service.Output, StringComparison.Ordinal);
        Assert.Contains("Now listening on: " + service.Url, service.Output, StringComparison.Ordinal);
        Assert.Contains("Intent model loaded from the cache", service.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingThatCannotBeUsedIsOneLineAndExitCodeTwo()
    {
        var (exitCode, output) = await ServiceProcess.RunToEndAsync("--urls", "http://127.0.0.1:0", "--Web:RateLimit:PerAddressPerMinute=many");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Trim().Split('\n'));
        Assert.StartsWith("chatbot: ", line, StringComparison.Ordinal);
        Assert.Contains("'many' at 'Web:RateLimit:PerAddressPerMinute'", line, StringComparison.Ordinal);
    }
}
