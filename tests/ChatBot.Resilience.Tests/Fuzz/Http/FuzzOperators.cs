using System.Net;
using System.Net.Http.Json;
using ChatBot.Testing;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// The operator and the administrator the HTTP fuzz signs in as: added with <c>chatbot operators add</c> before the
/// service starts, as the operator tests add theirs, then signed in once; their sessions are sent as raw cookie headers.
/// </summary>
internal static class FuzzOperators
{
    public const string Operator = "fuzz-operator";
    public const string Admin = "fuzz-admin";
    private const string Password = "fuzz-password-1";

    /// <summary>For <see cref="ServiceProcess.StartAsync(Func{string, Task}, string[])"/>: adds both accounts to the data folder.</summary>
    public static async Task AddAsync(string dataDir)
    {
        foreach (var (login, role) in new[] { (Operator, "operator"), (Admin, "admin") })
        {
            var (exitCode, output) = await ServiceProcess.RunToEndWithInputAsync(
                Password + "\n",
                ["operators", "add", "--login", login, "--role", role, "--ChatBot:DataDir=" + dataDir, "--ChatBot:DatabasePassword=" + ServiceProcess.DatabasePassword]);
            Assert.True(exitCode == 0, output);
        }
    }

    public static async Task<OperatorSession> SignInAsync(Uri service, string login)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = service };
        using var response = await http.PostAsJsonAsync("/api/operator/login", new { login, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xsrf = cookies.GetCookies(service)["XSRF-TOKEN"]?.Value ?? throw new InvalidOperationException("no XSRF-TOKEN cookie after the login");
        return new OperatorSession(login, cookies.GetCookieHeader(service), Uri.UnescapeDataString(xsrf));
    }
}

/// <summary>A signed-in session: the Cookie header to send and the XSRF token to echo.</summary>
internal sealed record OperatorSession(string Login, string Cookie, string Xsrf);
