namespace ChatBot.Host.Composition;

/// <summary>
/// Two headers on every answer of every part: <c>X-Content-Type-Options: nosniff</c>, so a browser never runs or
/// renders a body as anything but its declared type, and <c>Referrer-Policy: no-referrer</c>, so a link followed from
/// a page of ours (a transcript, the console) does not tell the site it leads to where it came from. Set as the
/// answer starts, so an answer that was cleared and rewritten (the database's 503) carries them too.
/// </summary>
public static class SecurityHeaders
{
    public static void UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
