using System.Diagnostics;
using System.Net;
using ChatBot.LoadTest.Api;
using ChatBot.LoadTest.Arguments;
using ChatBot.LoadTest.Measuring;
using ChatBot.LoadTest.Report;
using ChatBot.LoadTest.Server;
using ChatBot.LoadTest.Users;

namespace ChatBot.LoadTest;

/// <summary>
/// A run in two phases against the same service through the same client: the ceiling (every user asks <c>/health</c>
/// back to back) and the chat (every user plays visitors), whose first <c>--warmup</c> is not counted.
/// </summary>
public static class LoadTestRun
{
    private static readonly TimeSpan TurnPatience = TimeSpan.FromSeconds(30);

    /// <returns>The report, or the one sentence saying why the run could not start.</returns>
    public static async Task<(LoadTestReport? Report, string? Problem)> RunAsync(LoadTestOptions options, Questions questions)
    {
        using var http = Client(options);
        var client = new ChatApiClient(http);
        if (await Preflight.ProblemAsync(options, client) is { } problem)
        {
            return (null, problem);
        }

        ServerProcess? server = null;
        if (options.ServerPid is { } given)
        {
            server = new ServerProcess(given);
            if (!server.Exists)
            {
                return (null, $"--server-pid {given} is no running process of this machine");
            }
        }
        else if (IsLocal(options.Url) && ListeningProcess.Find(options.Url.Port) is { } found)
        {
            server = new ServerProcess(found);
        }

        var ceiling = options.Ceiling > TimeSpan.Zero ? await CeilingAsync(options, client) : null;
        var (recorder, figures, generatorCpu) = await ChatAsync(options, client, questions, server);
        var kinds = new[] { TurnKind.Start, TurnKind.Faq, TurnKind.Survey, TurnKind.Enroll }
            .ToDictionary(k => k, k => KindFigures.Of([recorder.Of(k)], recorder.Window));
        var all = KindFigures.Of(kinds.Keys.Select(recorder.Of), recorder.Window);
        return (new LoadTestReport(options, recorder.Window.TotalSeconds, all, kinds, ceiling, recorder.Sessions, figures, generatorCpu), null);
    }

    private static async Task<KindFigures> CeilingAsync(LoadTestOptions options, ChatApiClient client)
    {
        var recorder = new Recorder();
        var start = Stopwatch.GetTimestamp();

        // The first fifth opens the connections and warms the code up; the rest is measured.
        recorder.Measure(start + Ticks(options.Ceiling / 5), start + Ticks(options.Ceiling));
        using var stop = new CancellationTokenSource(options.Ceiling);
        var turns = new TimedTurns(new ClosedPacer(), recorder);
        await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(_ => HealthChecker.RunAsync(client, turns, stop.Token)));
        return KindFigures.Of([recorder.Of(TurnKind.Health)], recorder.Window);
    }

    private static async Task<(Recorder Recorder, ServerFigures Server, double GeneratorCpu)> ChatAsync(
        LoadTestOptions options, ChatApiClient client, Questions questions, ServerProcess? server)
    {
        var recorder = new Recorder();
        var start = Stopwatch.GetTimestamp();
        recorder.Measure(start + Ticks(options.Warmup), start + Ticks(options.Warmup + options.Duration));
        IPacer pacer = options.Rate is { } rate ? new FixedRatePacer(rate, start) : new ClosedPacer();
        var turns = new TimedTurns(pacer, recorder);
        using var stop = new CancellationTokenSource(options.Warmup + options.Duration);
        var users = Enumerable.Range(0, options.Conversations)
            .Select(i => VirtualUser.RunAsync(
                new Visit(client, turns, recorder, new Random(HashCode.Combine(options.Seed, i)), questions, stop.Token), options.Mix, options.Languages))
            .ToList();

        await Task.Delay(options.Warmup);
        var reset = server?.TryResetPeak() ?? false;
        var serverCpu = server?.CpuSeconds();
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(options.Duration);
        var serverCpuAfter = server?.CpuSeconds();
        var ownCpuAfter = Process.GetCurrentProcess().TotalProcessorTime;
        var peak = server?.PeakRssMb();
        await Task.WhenAll(users);

        var seconds = options.Duration.TotalSeconds;
        var figures = new ServerFigures(
            server?.Pid,
            peak,
            server is null ? null : reset ? "run" : "process",
            serverCpuAfter - serverCpu is { } used ? Math.Round(used / seconds, 2) : null);
        return (recorder, figures, Math.Round((ownCpuAfter - ownCpu).TotalSeconds / seconds, 2));
    }

    private static HttpClient Client(LoadTestOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Conversations,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        return new HttpClient(handler) { BaseAddress = options.Url, Timeout = TurnPatience };
    }

    private static bool IsLocal(Uri url)
    {
        if (url.IsLoopback)
        {
            return true;
        }

        try
        {
            return IPAddress.TryParse(url.Host, out var address) && Dns.GetHostAddresses(Dns.GetHostName()).Contains(address);
        }
        catch (System.Net.Sockets.SocketException)
        {
            // This machine's own name does not resolve: only a loopback URL is known to be local.
            return false;
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
