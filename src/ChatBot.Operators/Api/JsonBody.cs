using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Operators.Api;

/// <summary>Reads a JSON body by hand so that malformed input is a 400 with its reason, not a bare 400 or a 415.</summary>
internal static class JsonBody
{
    private const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, string? Error)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, "the body is larger than 64 KB");
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
            return value is null ? (null, "the body must be a JSON object") : (value, null);
        }
        catch (JsonException e)
        {
            return (null, "malformed JSON: " + e.Message);
        }
    }
}
