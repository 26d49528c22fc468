using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace ChatBot.Testing;

/// <summary>
/// The service as its own process, the way an operator launches it: the built <c>chatbot.dll</c> (beside the tests of
/// a project that references the host) started in a data folder away from the program's own, on a free loopback port,
/// rate limits off, the tests' trained model cache. Its output is kept for the failure messages. Disposing it stops
/// the process and deletes the folder when the folder is its own.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    /// <summary>The password of every data folder these processes open, for a test that opens the file itself afterwards.</summary>
    public const string DatabasePassword = "process-password";

    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(2);
    private readonly TemporaryFolder? _ownData;
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(int port, string? dataDir, IEnumerable<string> settings)
    {
        Url = $"http://127.0.0.1:{port}";
        if (dataDir is null)
        {
            _ownData = new TemporaryFolder();
            dataDir = _ownData.Path;
        }

        DataDir = dataDir;
        _process = new Process
        {
            StartInfo = Program(
                dataDir,
                [
                    "--urls", Url,
                    "--ChatBot:DataDir=" + dataDir, "--ChatBot:ModelDir=" + SharedModelCache.Folder,
                    "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge, "--ChatBot:DialogsDir=" + RepositoryPaths.Dialogs,
                    "--ChatBot:DatabasePassword=" + DatabasePassword,
                    "--Web:RateLimit:PerConversationPerMinute=0", "--Web:RateLimit:PerAddressPerMinute=0",
                    .. settings,
                ]),
        };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public string Url { get; }

    /// <summary>The service's data folder, which outlives a <see cref="Kill"/>.</summary>
    public string DataDir { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the service on a fresh data folder of its own and waits until <c>/health</c> answers 200.</summary>
    /// <param name="prepare">Run on the data folder before the service starts (a verb that adds an account).</param>
    public static Task<ServiceProcess> StartAsync(Func<string, Task>? prepare = null) => StartAsync(new ServiceProcess(FreePort(), null, []), prepare);

    /// <summary>As <see cref="StartAsync(Func{string, Task})"/>, with more command-line settings after the defaults (<c>--Telegram:Token=...</c>).</summary>
    public static Task<ServiceProcess> StartAsync(params string[] settings) => StartAsync(new ServiceProcess(FreePort(), null, settings), null);

    /// <summary>With both: <paramref name="prepare"/> on the fresh data folder, then the service with these settings.</summary>
    public static Task<ServiceProcess> StartAsync(Func<string, Task> prepare, params string[] settings) =>
        StartAsync(new ServiceProcess(FreePort(), null, settings), prepare);

    /// <summary>
    /// Starts the service on <paramref name="dataDir"/>, which it leaves in place when disposed (a restart after a crash
    /// opens the same folder), and waits until <c>/health</c> answers 200.
    /// </summary>
    public static Task<ServiceProcess> StartOnAsync(string dataDir, params string[] settings) =>
        StartAsync(new ServiceProcess(FreePort(), dataDir, settings), null);

    /// <summary>
    /// Runs <c>chatbot.dll</c> with these arguments from an empty working directory until it ends, as a verb does or a
    /// start that is refused does; its stdout and stderr together.
    /// </summary>
    public static Task<(int ExitCode, string Output)> RunToEndAsync(params string[] arguments) =>
        RunToEndWithInputAsync(null, arguments);

    /// <summary>As <see cref="RunToEndAsync"/>, with <paramref name="input"/> on a redirected stdin (then closed).</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndWithInputAsync(string? input, params string[] arguments)
    {
        using var folder = new TemporaryFolder();
        var start = Program(folder.Path, arguments);
        start.RedirectStandardInput = input is not null;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(StartPatience);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// Ends the service as <c>kill -9</c> would (SIGKILL), without a word to it: what a crash or an out-of-memory kill
    /// leaves. No shutdown code runs; the data folder stays.
    /// </summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _ownData?.Dispose();
    }

    private static async Task<ServiceProcess> StartAsync(ServiceProcess service, Func<string, Task>? prepare)
    {
        try
        {
            await (prepare?.Invoke(service.DataDir) ?? Task.CompletedTask);
        }
        catch
        {
            // Not started: nothing to kill, only the folder to remove.
            service._ownData?.Dispose();
            throw;
        }

        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        using var http = new HttpClient();
        var until = DateTime.UtcNow + StartPatience;
        while (true)
        {
            Assert.False(service._process.HasExited, "the service stopped while starting:\n" + service.Output);
            Assert.True(DateTime.UtcNow < until, "the service did not answer /health within 2 minutes:\n" + service.Output);
            try
            {
                using var health = await http.GetAsync(service.Url + "/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>The built program beside the tests, started from <paramref name="workingDirectory"/>.</summary>
    private static ProcessStartInfo Program(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chatbot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
