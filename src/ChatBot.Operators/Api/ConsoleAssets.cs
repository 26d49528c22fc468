using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>
/// The console's three files, read once from the assembly: no framework, no build step. The styles are a file of
/// their own, so that the page's policy lets no inline style in (an injected one could restyle the desk).
/// </summary>
internal sealed class ConsoleAssets
{
    public string Html { get; } = Read("ChatBot.Operators.console.html");

    public string Script { get; } = Read("ChatBot.Operators.console.js");

    public string Styles { get; } = Read("ChatBot.Operators.console.css");

    public IResult Page(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'";
        return TypedResults.Text(Html, "text/html; charset=utf-8");
    }

    public IResult ScriptFile(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(Script, "text/javascript; charset=utf-8");
    }

    public IResult StyleFile(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(Styles, "text/css; charset=utf-8");
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
