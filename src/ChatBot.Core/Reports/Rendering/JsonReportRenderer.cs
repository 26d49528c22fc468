using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Core.Reports.Rendering;

/// <summary>
/// The report as indented JSON, camelCase, enums by name, Cyrillic readable. Properties come in declaration order and
/// lists in the report's order, and numbers are written culture-invariant, so the same report gives the same bytes.
/// </summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public string Format => "json";

    public string ContentType => "application/json";

    public string Extension => ".json";

    public Task RenderAsync(FunderReport report, Stream output, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, report, Options, cancellationToken);
}
