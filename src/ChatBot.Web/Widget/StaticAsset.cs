using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Web.Widget;

/// <summary>A small file built once at start-up and served with its gzip form and an ETag, so a page load costs one 304.</summary>
internal sealed class StaticAsset
{
    private StaticAsset(byte[] plain, string contentType, string cacheControl, IReadOnlyDictionary<string, string> headers)
    {
        Plain = plain;
        Gzip = Compress(plain);
        ContentType = contentType;
        CacheControl = cacheControl;
        Headers = headers;
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(plain))[..16] + "\"";
    }

    public byte[] Plain { get; }

    public byte[] Gzip { get; }

    public string ContentType { get; }

    public string CacheControl { get; }

    public string ETag { get; }

    /// <summary>Further headers of every answer, a 304 included (the policies of a page).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public static StaticAsset Of(string text, string contentType, string cacheControl, IReadOnlyDictionary<string, string>? headers = null) =>
        new(Encoding.UTF8.GetBytes(text), contentType, cacheControl, headers ?? new Dictionary<string, string>());

    public IResult Serve(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ETag = ETag;
        headers.CacheControl = CacheControl;
        headers.Vary = "Accept-Encoding";
        headers.XContentTypeOptions = "nosniff";
        foreach (var (name, value) in Headers)
        {
            headers[name] = value;
        }

        if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(Gzip, ContentType);
        }

        return TypedResults.Bytes(Plain, ContentType);
    }

    private static byte[] Compress(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }
}
