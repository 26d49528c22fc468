using System.Globalization;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;

namespace ChatBot.Tests.Telegram;

/// <summary>A deep link's <c>src_NAME</c> through the real Telegram.Bot client and the fake Bot API, into the user's session.</summary>
public sealed class TelegramTrafficSourceTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    [Theory]
    [InlineData("/start src_tg_channel", "tg_channel")]
    [InlineData("/start topic_taxes__src_newsletter", "newsletter")]
    [InlineData("/start src_Not_Valid", null)]
    public async Task ADeepLinksSourceIsTheSourceOfTheSessionItStarts(string start, string? source)
    {
        var user = channel.NewUser();
        user.Send(start);
        await user.NextReplyAsync();

        var conversation = channel.Host.Service<IConversationStore>()
            .Find(ConversationIds.Of(Channels.Telegram, user.ChatId.ToString(CultureInfo.InvariantCulture)))!;
        Assert.Equal(source, conversation.Session!.Source);
    }
}
