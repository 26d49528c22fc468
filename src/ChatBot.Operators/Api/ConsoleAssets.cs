using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>
/// The console's files, read once from the assembly: no framework, no build step. The styles are a file of
/// their own, so that the page's policy lets no inline style in (an injected one could restyle the desk).
/// </summary>
internal sealed class ConsoleAssets
{
    public string Html { get; } = Read("ChatBot.Operators.console.html");

    public string Script { get; } = Read("ChatBot.Operators.console.js");

    /// <summary>The helpers every console page loads before its own script (calls, labels, drawing).</summary>
    public string CommonScript { get; } = Read("ChatBot.Operators.console-common.js");

    public string Styles { get; } = Read("ChatBot.Operators.console.css");

    /// <summary>The editors' knowledge page, its script and its styles (beside the console's).</summary>
    public string KnowledgeHtml { get; } = Read("ChatBot.Operators.knowledge.html");

    public string KnowledgeScript { get; } = Read("ChatBot.Operators.knowledge.js");

    public string KnowledgeStyles { get; } = Read("ChatBot.Operators.knowledge.css");

    public IResult Page(HttpContext context) => PageOf(context, Html);

    public IResult KnowledgePage(HttpContext context) => PageOf(context, KnowledgeHtml);

    public IResult ScriptFile(HttpContext context) => FileOf(context, Script, "text/javascript; charset=utf-8");

    public IResult CommonScriptFile(HttpContext context) => FileOf(context, CommonScript, "text/javascript; charset=utf-8");

    public IResult StyleFile(HttpContext context) => FileOf(context, Styles, "text/css; charset=utf-8");

    public IResult KnowledgeScriptFile(HttpContext context) => FileOf(context, KnowledgeScript, "text/javascript; charset=utf-8");

    public IResult KnowledgeStyleFile(HttpContext context) => FileOf(context, KnowledgeStyles, "text/css; charset=utf-8");

    private static IResult PageOf(HttpContext context, string html)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'";
        return TypedResults.Text(html, "text/html; charset=utf-8");
    }

    private static IResult FileOf(HttpContext context, string text, string type)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Text(text, type);
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
