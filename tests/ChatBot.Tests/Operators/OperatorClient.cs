using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Operators;

/// <summary>The operator API as the console uses it: a cookie session and the XSRF token echoed in a header.</summary>
public sealed class OperatorClient(HttpClient http)
{
    public const string Api = "/api/operator";

    public HttpClient Http => http;

    public string? XsrfToken { get; set; }

    public async Task<HttpResponseMessage> LoginAsync(string login, string password)
    {
        var response = await http.PostAsJsonAsync(Api + "/login", new { login, password });
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies.Where(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)))
            {
                XsrfToken = Uri.UnescapeDataString(cookie.Split(';')[0]["XSRF-TOKEN=".Length..]);
            }
        }

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
}
