using ChatBot.Core.Knowledge;

namespace ChatBot.Web.Widget;

/// <summary>The widget script (its CSS inside, its labels from texts.yaml) and the demo portal page, built once.</summary>
internal sealed class WidgetAssets(KnowledgeBase knowledge)
{
    public const string TextsPlaceholder = "/*TEXTS*/null";

    private static readonly string DemoHtml = Resource("index.html");

    /// <summary>Other sites embed it: nothing here may keep them from loading it (no frame or resource policy).</summary>
    public StaticAsset Script { get; } = StaticAsset.Of(
        Resource("widget.js").Replace(TextsPlaceholder, WidgetTexts.AsJson(knowledge.Texts), StringComparison.Ordinal),
        "text/javascript; charset=utf-8",
        "public, max-age=300",
        new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'none'" });

    public StaticAsset DemoPage { get; } = StaticAsset.Of(
        DemoHtml,
        "text/html; charset=utf-8",
        "no-cache",
        new Dictionary<string, string>
        {
            ["Content-Security-Policy"] = DemoPagePolicy.For(DemoHtml),

            // For browsers older than frame-ancestors.
            ["X-Frame-Options"] = "DENY",
        });

    private static string Resource(string name)
    {
        using var stream = typeof(WidgetAssets).Assembly.GetManifestResourceStream("ChatBot.Web." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in ChatBot.Web");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
