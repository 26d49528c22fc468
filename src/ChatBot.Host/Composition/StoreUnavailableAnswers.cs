using ChatBot.Core.Storage;
using ChatBot.Http;

namespace ChatBot.Host.Composition;

/// <summary>
/// A request that meets a failed database gets 503 with a reason and <c>Retry-After</c>, not a 500: the transaction it
/// was in committed nothing, and the database reopens itself. The failure was logged once where it happened, so nothing
/// is logged here, however many requests meet it.
/// </summary>
public static class StoreUnavailableAnswers
{
    public const int RetryAfterSeconds = 2;

    public static void UseStoreUnavailableAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (StoreUnavailableException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            HttpProblem.RetryAfter(context, TimeSpan.FromSeconds(RetryAfterSeconds));
            await HttpProblem.Of(
                StatusCodes.Status503ServiceUnavailable,
                "the database is being reopened after a failure; try again in a moment",
                ProblemTitle.Sentence).ExecuteAsync(context);
        }
    });
}
