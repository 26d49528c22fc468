using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ChatBot.Testing.PostgreSql;

/// <summary>
/// A throw-away PostgreSQL cluster for the tests, started once per test run from Debian's packages
/// (<c>/usr/lib/postgresql/N/bin</c>) on 127.0.0.1 and a free port, in a temporary folder, and removed when the run
/// ends. Durability is off (<c>fsync</c>): nothing here outlives the run. <c>CHATBOT_TEST_POSTGRES</c>, a connection
/// string, names a server to use instead. Where neither is there, <see cref="Unavailable"/> says why and the tests
/// that need it report themselves skipped.
/// </summary>
public static class PostgresServer
{
    public const string ServerVariable = "CHATBOT_TEST_POSTGRES";

    private static readonly Lazy<(string? ConnectionString, string? Why)> Started = new(Start);

    /// <summary>Why there is no server for the tests, or null when there is one.</summary>
    public static string? Unavailable => Started.Value.Why;

    /// <summary>A new, empty database on the server, for one test: its connection string.</summary>
    public static string NewDatabase()
    {
        var server = Started.Value.ConnectionString ?? throw new InvalidOperationException(Unavailable);
        var name = "chatbot_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"create database {name}", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static (string?, string?) Start()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given)
        {
            return (given, null);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
        {
            return (null, "PostgreSQL is not installed (Debian's postgresql package puts pg_ctl under /usr/lib/postgresql)");
        }

        var folder = Path.Combine(Path.GetTempPath(), "chatbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null && !SystemCommand.Succeeds("chown", "-R", runAs, folder))
        {
            return (null, $"could not give {folder} to the postgres user");
        }

        var data = Path.Combine(folder, "data");
        if (Run(runAs, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8") is { } initFailed)
        {
            return (null, "initdb failed: " + initFailed);
        }

        var options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
        if (Run(runAs, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "start") is { } startFailed)
        {
            return (null, "the test cluster did not start: " + startFailed);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Run(runAs, Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop");
            Directory.Delete(folder, recursive: true);
        };
        // Statements may wait long for a row lock while the whole suite loads 2 cores: forty submissions queued on one
        // counter row waited past Npgsql's default 30 s in a full run. Production keeps the default.
        return ($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50;Command Timeout=180", null);
    }

    // The failure's output, or null on success; as the postgres user when the tests run as root (PostgreSQL refuses root).
    private static string? Run(string? runAs, string program, params string[] arguments)
    {
        var start = runAs is null ? new ProcessStartInfo(program, arguments) : new ProcessStartInfo("runuser", ["-u", runAs, "--", program, .. arguments]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : (error + output.Result).Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
