using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Http;

/// <summary>
/// Reads a small JSON body by hand, so that malformed JSON, a wrong type or an oversized body is a 400 with its
/// reason rather than the framework's silent 400 (or a 500). One source file compiled into each web-facing
/// project (the chat API, the operators' console API, the host's admin APIs), so they all answer alike.
/// </summary>
internal static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    /// <returns>The value, or the reason it could not be read; an empty body is <c>default</c> when <paramref name="optional"/>.</returns>
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request, bool optional)
        where T : class
    {
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(request);
        }
        catch (BadHttpRequestException e)
        {
            return (null, "the body could not be read: " + e.Message);
        }

        if (body.Length > MaxBytes)
        {
            return (null, $"the body is larger than {MaxBytes / 1024} KB");
        }

        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return optional ? (null, null) : (null, "the body must be a JSON object");
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(body, options);
            return value is null ? (null, "the body must be a JSON object") : (value, null);
        }
        catch (JsonException e)
        {
            return (null, "malformed JSON: " + e.Message);
        }
    }

    /// <returns>The value, <paramref name="whenEmpty"/> for an empty body, or the reason it could not be read.</returns>
    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request, T whenEmpty)
        where T : class
    {
        var (value, error) = await ReadAsync<T>(request, optional: true);
        return error is null ? (value ?? whenEmpty, null) : (null, error);
    }

    /// <summary>Reads at most one byte more than allowed: enough to tell that the body is too large.</summary>
    private static async Task<byte[]> ReadBoundedAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while (buffer.Length <= MaxBytes && (read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
