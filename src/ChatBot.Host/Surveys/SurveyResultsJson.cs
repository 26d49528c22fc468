using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Flows.Results;

namespace ChatBot.Host.Surveys;

/// <summary>The results as JSON, camelCase, with Cyrillic left readable.</summary>
public static class SurveyResultsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SurveyResults results) => JsonSerializer.Serialize(results, Options);
}
