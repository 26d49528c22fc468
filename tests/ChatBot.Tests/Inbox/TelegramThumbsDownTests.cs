using System.Globalization;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using ChatBot.Tests.Telegram;

namespace ChatBot.Tests.Inbox;

/// <summary>👎 in Telegram: an inline button under the answer, pressed through the real Telegram.Bot client and a fake Bot API.</summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramThumbsDownTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    private static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language).Trim();

    [Fact]
    public async Task ThumbsDownUnderAnAnswerInTelegramLandsInTheInboxWithTheQuestionAndTopic()
    {
        var user = channel.NewUser();
        user.Send("ЖК қалай ашамын");
        var answer = await user.NextReplyAsync();
        Assert.Contains(answer.Buttons, b => b.Text == "👍");

        user.Press("👎");

        Assert.Equal(Text(TextKeys.RatingDownThanks, Language.Kk), System.Net.WebUtility.HtmlDecode((await user.NextReplyAsync()).Text));
        var conversationId = "telegram:" + user.ChatId.ToString(CultureInfo.InvariantCulture);
        var item = Assert.Single(channel.Host.Runtime.Unanswered.Recent(100), q => q.ConversationId == conversationId);
        Assert.Equal((InboxSignal.ThumbsDown, "ЖК қалай ашамын", "register_sole_proprietor", "kk"), (item.Signal, item.Text, item.Topic, item.Language));
    }
}
