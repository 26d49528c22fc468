using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace ChatBot.Host.Backups;

/// <summary>The verbs' side of the local socket: asks the running service of a data folder to do what the verb may not.</summary>
internal static class LocalAdminClient
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>Whether a service answers on the folder's socket; a socket file left by a killed service does not.</summary>
    public static bool ServiceAnswers(string dataDir)
    {
        var path = LocalAdminSocket.PathIn(dataDir);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(path));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Asks the service for a backup at <paramref name="target"/>; null when it was written, else the service's reason.</summary>
    public static async Task<string?> BackUpAsync(string dataDir, string target)
    {
        using var http = Client(dataDir);
        using var response = await http.PostAsJsonAsync(LocalBackupEndpoint.Route, new BackupRequest(target));
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : body;
        }
        catch (JsonException)
        {
            return $"the service answered {(int)response.StatusCode}";
        }
    }

    private static HttpClient Client(string dataDir)
    {
        var path = LocalAdminSocket.PathIn(dataDir);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellation) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellation);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri("http://localhost"), Timeout = Patience };
    }
}
