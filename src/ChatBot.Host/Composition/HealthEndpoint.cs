namespace ChatBot.Host.Composition;

/// <summary>
/// <c>GET /health</c>: 200 while the database answers a cheap read, 503 with the reason while it does not (a load
/// balancer takes the host out of rotation; the database reopens itself meanwhile).
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", (BotRuntime runtime) => runtime.StoreHealth.Check() is { IsServing: false, Reason: var reason }
            ? Results.Json(new { status = "unavailable", reason }, statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Ok(new { status = "ok", intents = runtime.Model.Labels.Count }));
}
