using System.Net;
using ChatBot.Core.Applications;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram;

/// <summary>
/// An application through the running service, the real Telegram.Bot client and the fake Bot API, in both languages:
/// the number arrives, and a consultant's answer written later arrives as a message of its own.
/// </summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramApplicationTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    private static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language).Trim();

    [Theory]
    [InlineData("ru", Language.Ru, "нужна консультация юриста", "Юридическая консультация", "Сообщением сюда")]
    [InlineData("kk", Language.Kk, "заңгердің кеңесі керек", "Заң кеңесі", "Осында хабарламамен")]
    public async Task AUserSubmitsAnApplicationGetsItsNumberAndLaterTheConsultantsAnswer(string appLanguage, Language language, string request, string kind, string byChat)
    {
        var user = channel.NewUser(appLanguage);
        user.Send(request);
        await user.NextReplyAsync();
        await Answer(user, null, "1 / 7");
        await Answer(user, () => user.Press(kind), "2 / 7");
        await Answer(user, () => user.Send("Арендодатель расторгает договор аренды досрочно, что делать?"), "3 / 7");
        await Answer(user, () => user.Press(Text(TextKeys.ButtonYes, language)), "4 / 7");
        await Answer(user, () => user.Press(Text(FlowTextKeys.ButtonDone, language)), "5 / 7");
        await Answer(user, () => user.Send("Айгерим Серикова"), "6 / 7");
        await Answer(user, () => user.Press(byChat), "7 / 7");
        user.Press(Text(TextKeys.ButtonYes, language));

        var submitted = Shown(await user.NextReplyAsync());
        var id = ApplicationNumber.Find(submitted);
        Assert.NotNull(id);
        Assert.Contains("Арендодатель расторгает договор аренды досрочно", submitted, StringComparison.Ordinal);

        var desk = channel.Host.Service<ApplicationDesk>();
        Assert.Equal(ApplicationDeskOutcome.Done, (await desk.ReplyAsync(id, "aigerim", "Пришлите договор, разберём пункт о сроке.", asking: false)).Outcome);
        var answer = Shown(await user.NextReplyAsync());
        Assert.Equal(SharedModel.Knowledge.Texts.Format(ApplicationTextKeys.Reply, language, ("number", id), ("text", "Пришлите договор, разберём пункт о сроке.")), answer);
    }

    private static string Shown(SentMessage message) => WebUtility.HtmlDecode(message.Text);

    private static async Task Answer(FakeTelegramUser user, Action? answer, string progress)
    {
        answer?.Invoke();
        var question = await user.NextReplyAsync();
        Assert.StartsWith(progress, Shown(question), StringComparison.Ordinal);
    }
}
