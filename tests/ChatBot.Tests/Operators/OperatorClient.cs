using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Operators;

/// <summary>The operator API as the console uses it: a cookie session and the XSRF token echoed in a header.</summary>
public sealed class OperatorClient(HttpClient http)
{
    public const string Api = "/api/operator";
    public const string SessionCookieName = "chatbot.operator";

    public HttpClient Http => http;

    public string? XsrfToken { get; set; }

    /// <summary>The session cookie's value from the last successful login, to copy into another client.</summary>
    public string? SessionCookie { get; private set; }

    /// <summary>Every request of this client comes from <paramref name="address"/> (none: leaves it unset).</summary>
    public OperatorClient From(string? address)
    {
        if (address is not null)
        {
            http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        }

        return this;
    }

    public async Task<HttpResponseMessage> LoginAsync(string login, string password)
    {
        var response = await http.PostAsJsonAsync(Api + "/login", new { login, password });
        XsrfToken = Cookie(response, "XSRF-TOKEN") is { } token ? Uri.UnescapeDataString(token) : XsrfToken;
        SessionCookie = Cookie(response, SessionCookieName) ?? SessionCookie;
        return response;
    }

    public async Task<OperatorClient> SignedInAsync(string login, string password)
    {
        using var response = await LoginAsync(login, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(Api + path);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withXsrf = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Api + path) { Content = JsonContent.Create(body ?? new { }) };
        if (withXsrf && XsrfToken is not null)
        {
            request.Headers.Add("X-XSRF-TOKEN", XsrfToken);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PutAsync(string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Api + path) { Content = JsonContent.Create(body) };
        if (XsrfToken is not null)
        {
            request.Headers.Add("X-XSRF-TOKEN", XsrfToken);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> LogoutAsync() => PostAsync("/logout");

    public static string Conversation(string conversationId) => "/conversations/" + Uri.EscapeDataString(conversationId);

    public Task<HttpResponseMessage> ClaimAsync(string conversationId) => PostAsync(Conversation(conversationId) + "/claim");

    public Task<HttpResponseMessage> SayAsync(string conversationId, string text) => PostAsync(Conversation(conversationId) + "/messages", new { text });

    public Task<HttpResponseMessage> ReleaseAsync(string conversationId) => PostAsync(Conversation(conversationId) + "/release");

    public async Task<JsonElement> JsonAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement[]> QueueAsync() => (await JsonAsync("/queue")).EnumerateArray().ToArray();

    private static string? Cookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Select(c => c.Split(';')[0][(name.Length + 1)..]).LastOrDefault()
            : null;
}
