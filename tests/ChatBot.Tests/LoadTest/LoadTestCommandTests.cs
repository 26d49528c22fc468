using System.Text;
using System.Text.Json;
using ChatBot.Testing;

namespace ChatBot.Tests.LoadTest;

/// <summary>
/// `chatbot loadtest` as a program: refusals are one line and exit 2 before any load, and a short real run against the
/// service as its own process prints the JSON object with every figure, the turns answered. No timing is asserted.
/// </summary>
public sealed class LoadTestCommandTests
{
    [Theory]
    [InlineData("--url is required")]
    [InlineData("--mix must be name:weight pairs", "--url", "http://127.0.0.1:5080", "--mix", "faq:80,gossip:20")]
    public async Task ABadArgumentIsOneLineAndExitTwo(string expected, params string[] args)
    {
        var (exitCode, output) = await ServiceProcess.RunToEndAsync(["loadtest", .. args]);

        AssertOneLineRefusal(exitCode, output, expected);
    }

    [Fact]
    public async Task AUrlThatDoesNotAnswerIsOneLineAndExitTwo()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}";

        var (exitCode, output) = await ServiceProcess.RunToEndAsync("loadtest", "--url", closed, "--duration", "2s");

        AssertOneLineRefusal(exitCode, output, $"{closed}/ does not answer (connection refused)");
    }

    [Fact]
    public async Task AShortRunAgainstTheServicePrintsEveryFigureAndItsTurnsWereAnswered()
    {
        using var service = await ServiceProcess.StartAsync();

        var (exitCode, output) = await ServiceProcess.RunToEndAsync(
            "loadtest", "--url", service.Url, "--conversations", "4", "--duration", "3s", "--warmup", "0s", "--ceiling", "1s",
            "--mix", "faq:60,survey:20,enroll:20");

        Assert.True(exitCode == 0, output);
        using var report = FirstJsonObject(output);
        var root = report.RootElement;
        foreach (var field in new[] { "turns_per_second", "ceiling_per_second", "share_of_ceiling", "p50_ms", "p95_ms", "p99_ms", "max_ms", "server_peak_rss_mb" })
        {
            Assert.True(root.GetProperty(field).ValueKind == JsonValueKind.Number, $"{field} is not a number:\n{output}");
        }

        Assert.True(root.GetProperty("turns").GetInt32() > 0, output);
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.True(root.GetProperty("kinds").GetProperty("start").GetProperty("turns").GetInt32() > 0, output);
        Assert.True(root.GetProperty("kinds").GetProperty("health").GetProperty("turns").GetInt32() > 0, output);
        Assert.Equal(service.ProcessId, root.GetProperty("server_pid").GetInt32());
        Assert.Contains("ceiling:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", service.Output, StringComparison.Ordinal);
    }

    private static void AssertOneLineRefusal(int exitCode, string output, string expected)
    {
        Assert.Equal(2, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("chatbot loadtest: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    // The report's JSON object comes first (stdout), the table after it (stderr).
    private static JsonDocument FirstJsonObject(string output)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output), new JsonReaderOptions { AllowMultipleValues = true });
        return JsonDocument.ParseValue(ref reader);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
