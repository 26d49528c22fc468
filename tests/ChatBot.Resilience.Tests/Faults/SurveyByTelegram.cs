using System.Globalization;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Resilience.Tests.Faults;

/// <summary>
/// The survey answered by typing, message after message without waiting for the questions, as someone who knows it
/// by heart would; and the replies it must get, in order, from the engine composed the same way.
/// </summary>
internal static class SurveyByTelegram
{
    /// <summary>The deep link, then one answer to each question; the consent declined ends it without the contact.</summary>
    public static IReadOnlyList<string> Messages(int user) =>
    [
        "/start survey", "1", "2", "3", (user % 30).ToString(CultureInfo.InvariantCulture), "4", "1, 2", "1", "2", "3", "8",
        "Меньше проверок, пользователь " + user.ToString(CultureInfo.InvariantCulture), "нет",
    ];

    /// <summary>The texts of the replies to <see cref="Messages"/>, each trimmed, as the engine gives them.</summary>
    public static async Task<IReadOnlyList<string>> RepliesAsync(int user)
    {
        using var bot = new TestBot(classifier: SharedModelCache.Model);
        var replies = new List<string>();
        var number = 0;
        foreach (var text in Messages(user))
        {
            var outcome = await bot.Engine.HandleAsync(new IncomingMessage(Channels.Telegram, "1", text, null, "m" + ++number, bot.Time.GetUtcNow()));
            replies.AddRange(outcome.Replies.Select(r => r.Message.Text.Trim()));
        }

        return replies;
    }
}
