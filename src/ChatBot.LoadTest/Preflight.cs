using ChatBot.LoadTest.Api;

namespace ChatBot.LoadTest;

/// <summary>
/// Before a minute of load: does the URL answer, is it the chat service, may one address send this much? Each
/// failure is one sentence, so that a wrong URL or a rate-limited service is told at once rather than as a minute of errors.
/// </summary>
internal static class Preflight
{
    public static async Task<string?> ProblemAsync(Arguments.LoadTestOptions options, ChatApiClient client)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var health = await client.HealthAsync(patience.Token);
        if (health.Error is { } error)
        {
            return int.TryParse(error, out _)
                ? $"{options.Url} answers /health with {error}: is it the chat service, and is it serving?"
                : $"{options.Url} does not answer ({error})";
        }

        var probe = await client.StartAsync("ru", patience.Token);
        return probe.Error switch
        {
            null => null,
            "429" => $"{options.Url} refuses new conversations with 429 (rate limit per address): start it with "
                + "--Web:RateLimit:PerAddressPerMinute=0 --Web:RateLimit:PerConversationPerMinute=0",
            "404" => $"{options.Url} has no web chat API at /api/chat/conversations",
            var other => $"{options.Url} does not start a conversation ({other})",
        };
    }
}
