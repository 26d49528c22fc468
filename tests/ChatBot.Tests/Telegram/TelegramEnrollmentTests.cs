using System.Net;
using System.Text;
using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// Enrolling through the running service, the real Telegram.Bot client and the fake Bot API: the confirmation
/// arrives as a message and the calendar file as a document.
/// </summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramEnrollmentTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    private const string Training = "simplified-tax-webinar";

    private static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language).Trim();

    [Theory]
    [InlineData("ru", Language.Ru)]
    [InlineData("kk", Language.Kk)]
    public async Task AUserEnrollsFromADeepLinkAndReceivesTheConfirmationAndTheCalendarFile(string appLanguage, Language language)
    {
        var user = channel.NewUser(appLanguage);
        user.Send("/start training_" + Training);
        var details = await user.NextReplyAsync();
        Assert.Contains(Text(EnrollmentTextKeys.WhereOnlineHidden, language), Shown(details), StringComparison.Ordinal);
        Assert.DoesNotContain("meet.example.org", details.Text, StringComparison.Ordinal);

        user.Press(Text(EnrollmentTextKeys.ButtonEnroll, language));
        await user.NextReplyAsync();
        await Answer(user, null, "1 / 7");
        await Answer(user, () => user.Press(Text(TextKeys.ButtonYes, language)), "2 / 7");
        await Answer(user, () => user.Send("Айгерим Серикова"), "3 / 7");
        await Answer(user, () => user.Send("+7 701 123 45 67"), "4 / 7");
        await Answer(user, () => user.Send("061211600012"), "5 / 7");
        await Answer(user, () => user.Press(Text(FlowTextKeys.ButtonSkip, language)), "6 / 7");
        await Answer(user, () => user.Press(language == Language.Kk ? "Сауда" : "Торговля"), "7 / 7");
        user.Press(Text(TextKeys.ButtonYes, language));

        var confirmation = await user.NextReplyAsync();
        Assert.Contains("https://meet.example.org/chatbot-tax-910", Shown(confirmation), StringComparison.Ordinal);
        Assert.Contains(confirmation.Buttons, b => b.CallbackData?.StartsWith("training:cancel:", StringComparison.Ordinal) == true);
        var document = (await user.NextReplyAsync()).Document!;
        Assert.Equal(Training + ".ics", document.FileName);
        var ics = Encoding.UTF8.GetString(document.Content);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:", ics, StringComparison.Ordinal);
        Assert.Contains("END:VEVENT", ics, StringComparison.Ordinal);
        var upload = Assert.Single(channel.Api.Calls("sendDocument"), c => c.Body["chat_id"]!.ToString() == user.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(200, upload.Status);
    }

    private static string Shown(SentMessage message) => WebUtility.HtmlDecode(message.Text);

    private static async Task Answer(FakeTelegramUser user, Action? answer, string progress)
    {
        answer?.Invoke();
        var question = await user.NextReplyAsync();
        Assert.StartsWith(progress, Shown(question), StringComparison.Ordinal);
    }
}
