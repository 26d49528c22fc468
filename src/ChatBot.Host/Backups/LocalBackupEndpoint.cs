using ChatBot.Core.Storage;
using ChatBot.Host.Composition;
using ChatBot.Http;
using ChatBot.Storage.LiteDb;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatBot.Host.Backups;

/// <summary>
/// <c>POST /local/backup</c> on the local socket: the running service writes a consistent copy of its database where
/// <c>chatbot backup --out FILE</c> asks, since the verb itself may not open a file the service holds.
/// </summary>
internal static class LocalBackupEndpoint
{
    public const string Route = "/local/backup";

    public static void MapLocalBackup(this IEndpointRouteBuilder app) => app.MapPost(Route, BackUpAsync);

    private static async Task<Results<Ok<BackupRequest>, ProblemHttpResult, NotFound>> BackUpAsync(HttpContext context, IServiceProvider services)
    {
        if (!LocalAdminSocket.CameThrough(context))
        {
            return TypedResults.NotFound();
        }

        if (services.GetService<ChatBotDatabase>() is not { } database)
        {
            return HttpProblem.Of(StatusCodes.Status409Conflict, PostgreSqlRefusals.Backup);
        }

        var (request, error) = await JsonBody.ReadAsync<BackupRequest>(context.Request, optional: false);
        if (error is not null || request is null)
        {
            return HttpProblem.BadRequest(error ?? "the body must be a JSON object");
        }

        if (BackupTarget.Problem(request.Out) is { } problem)
        {
            return HttpProblem.BadRequest(problem);
        }

        try
        {
            database.BackUpTo(request.Out!);
            return TypedResults.Ok(request);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HttpProblem.Of(StatusCodes.Status422UnprocessableEntity, $"the backup could not be written to {request.Out}: {e.Message}");
        }
        catch (StoreUnavailableException e)
        {
            return HttpProblem.Of(StatusCodes.Status503ServiceUnavailable, "the database is unavailable: " + e.Reason);
        }
    }
}
