using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Core.Storage;
using ChatBot.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Receiving;

/// <summary>
/// <c>POST /api/telegram/webhook</c>: refuses a request without the configured secret, then handles the update
/// with the same handler as long polling. The turn is committed before the 200 (a crash before it makes
/// Telegram send the update again); the replies go out from the outbox afterwards, so the answer is quick.
/// </summary>
internal static class WebhookEndpoint
{
    public static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        HttpRequest request,
        TelegramUpdateHandler handler,
        IOptions<TelegramOptions> options,
        ILoggerFactory loggers)
    {
        if (!HasSecret(request, options.Value.WebhookSecret!))
        {
            return HttpProblem.Unauthorized($"the {TelegramChannel.SecretHeader} header is missing or wrong");
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not only JsonException: Telegram.Bot's converters throw KeyNotFoundException for an object without the
            // field that says its kind (a chat member without "status"), which was a 500.
            return HttpProblem.BadRequest("the body is not a Telegram update: " + e.Message);
        }

        if (update is null)
        {
            return HttpProblem.BadRequest("the body is not a Telegram update");
        }

        try
        {
            // Not the request's token: a turn that started is finished even if Telegram hangs up.
            await handler.HandleAsync(update, CancellationToken.None);
        }
        catch (Exception e) when (e is not StoreUnavailableException)
        {
            // Telegram would resend a failed update again and again; it is logged and answered instead. A database
            // being reopened is the exception: its 503 makes Telegram send the update again a little later.
            loggers.CreateLogger(typeof(WebhookEndpoint)).LogError(e, "Handling Telegram update {UpdateId} failed", update.Id);
        }

        return TypedResults.Ok();
    }

    private static bool HasSecret(HttpRequest request, string secret) =>
        request.Headers.TryGetValue(TelegramChannel.SecretHeader, out var sent) &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.ToString()), Encoding.UTF8.GetBytes(secret));
}
