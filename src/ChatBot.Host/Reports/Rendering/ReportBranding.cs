namespace ChatBot.Host.Reports.Rendering;

/// <summary>Who the report is from: the organisation's name and its logo, both configuration.</summary>
/// <param name="Logo">The logo's bytes and media type (<c>image/png</c>, <c>image/svg+xml</c>), or null for none.</param>
public sealed record ReportBranding(string Organisation, ReportLogo? Logo = null);

public sealed record ReportLogo(byte[] Bytes, string MediaType)
{
    /// <summary>Reads a PNG, JPEG or SVG file; its extension names the media type.</summary>
    public static ReportLogo FromFile(string path) => new(File.ReadAllBytes(path), MediaTypeOf(path));

    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Bytes)}";

    public static string MediaTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".svg" => "image/svg+xml",
        var other => throw new ArgumentException($"the logo must be .png, .jpg or .svg, not '{other}'", nameof(path)),
    };
}
