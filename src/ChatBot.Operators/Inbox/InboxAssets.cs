using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Inbox;

/// <summary>The inbox page and its script, read once from the assembly; the styles are the console's.</summary>
internal sealed class InboxAssets
{
    private readonly string _html = Read("ChatBot.Operators.inbox.html");
    private readonly string _script = Read("ChatBot.Operators.inbox.js");

    public IResult Page(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'";
        return TypedResults.Text(_html, "text/html; charset=utf-8");
    }

    public IResult ScriptFile(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(_script, "text/javascript; charset=utf-8");
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
