using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Http;
using ChatBot.Operators.Accounts;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Operators.Api;

/// <summary>
/// The console in Russian or Kazakh: its labels (the <c>console_</c> texts of texts.yaml) and each account's choice.
/// </summary>
internal static class ConsoleLanguageApi
{
    public const string Prefix = "console_";

    /// <summary>
    /// The labels in one language, keyed without the prefix. Open to anyone: the login page needs them before a
    /// sign-in, and they are the console's own words, nothing of users or operators.
    /// </summary>
    public static IResult Labels(string? language, ConversationEngine engine)
    {
        if (language?.Trim() is not ("ru" or "kk") || !LanguageCodes.TryParse(language, out var chosen))
        {
            return HttpProblem.BadRequest("language must be 'ru' or 'kk'");
        }

        var texts = engine.Knowledge.Texts.All
            .Where(t => t.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(t => t.Key[Prefix.Length..], t => t.Value.In(chosen));

        // The knowledge page previews an answer with the bot's own words for the year and the buttons.
        foreach (var (label, key) in new[] { ("kb_preview_as_of", TextKeys.AsOf), ("kb_preview_more", TextKeys.ButtonMore), ("kb_preview_menu", "button_menu") })
        {
            texts[label] = engine.Knowledge.Texts.Get(key, chosen);
        }

        return TypedResults.Ok(texts);
    }

    /// <summary>Keeps the signed-in account's choice; the next sign-in, anywhere, opens the console in it.</summary>
    public static async Task<IResult> Choose(HttpContext context, OperatorAccounts accounts)
    {
        var (body, error) = await JsonBody.ReadAsync<LanguageRequest>(context.Request, optional: false);
        if (body is null || body.Language?.Trim() is not ("ru" or "kk") || !LanguageCodes.TryParse(body.Language, out var language))
        {
            return HttpProblem.BadRequest(error ?? "send {\"language\": \"ru\"} or {\"language\": \"kk\"}");
        }

        return accounts.SetLanguage(ConversationApi.Who(context), language)
            ? TypedResults.Ok(new { language = language.Code() })
            : HttpProblem.NotFound("the account is gone");
    }
}
