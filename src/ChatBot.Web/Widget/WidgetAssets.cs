using ChatBot.Core.Knowledge;

namespace ChatBot.Web.Widget;

/// <summary>The widget script (its CSS inside, its labels from texts.yaml) and the demo portal page, built once.</summary>
internal sealed class WidgetAssets(KnowledgeBase knowledge)
{
    public const string TextsPlaceholder = "/*TEXTS*/null";

    public StaticAsset Script { get; } = StaticAsset.Of(
        Resource("widget.js").Replace(TextsPlaceholder, WidgetTexts.AsJson(knowledge.Texts), StringComparison.Ordinal),
        "text/javascript; charset=utf-8",
        "public, max-age=300");

    public StaticAsset DemoPage { get; } = StaticAsset.Of(Resource("index.html"), "text/html; charset=utf-8", "no-cache");

    private static string Resource(string name)
    {
        using var stream = typeof(WidgetAssets).Assembly.GetManifestResourceStream("ChatBot.Web." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded in ChatBot.Web");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
