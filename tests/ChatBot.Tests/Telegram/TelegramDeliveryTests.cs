using System.Net;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Telegram;

/// <summary>The outbox sender against a Bot API that refuses for a while: nothing is lost, repeated or reordered.</summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramDeliveryTests(TelegramChannelFixture channel) : IClassFixture<TelegramChannelFixture>
{
    private static string Text(string key) => SharedModel.Knowledge.Texts.Get(key, Language.Ru).Trim();

    [Fact]
    public async Task RepliesGetThroughFloodControlAndBadGatewaysEachOnceAndInOrder()
    {
        var user = channel.NewUser();
        channel.Api.Fail("sendMessage", 1, 429, retryAfter: 1);
        channel.Api.Fail("sendMessage", 3, 502);
        user.Send("/start");
        user.Send("/help");
        user.Send("/menu");

        Assert.StartsWith(Text(TextKeys.Greeting), WebUtility.HtmlDecode((await user.NextReplyAsync()).Text), StringComparison.Ordinal);
        Assert.Equal(Text(TextKeys.Help), WebUtility.HtmlDecode((await user.NextReplyAsync()).Text));
        Assert.StartsWith(Text(TextKeys.MenuTitle), WebUtility.HtmlDecode((await user.NextReplyAsync()).Text), StringComparison.Ordinal);
        await channel.Host.OutboxDrainedAsync(channel.Api, user.ChatId);

        Assert.Equal(3, channel.Api.Sent(user.ChatId).Count);
        var statuses = channel.Api.Calls("sendMessage").Where(c => c.ChatId == user.ChatId).Select(c => c.Status).ToList();
        Assert.Equal(1, statuses.Count(s => s == 429));
        Assert.Equal(3, statuses.Count(s => s == 502));
    }

    [Fact]
    public async Task AFiveThousandCharacterAnswerArrivesInTwoMessagesSplitBetweenParagraphs()
    {
        var user = channel.NewUser();
        var paragraphs = Enumerable.Range(1, 10).Select(i => $"{i}. " + string.Join(' ', Enumerable.Repeat("Налог & взносы <ИП>", 25))).ToList();
        var text = string.Join("\n\n", paragraphs);
        Assert.InRange(text.Length, 4900, 5100);
        var chatId = user.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        channel.Host.Runtime.Outbox.Add(new OutboxItem
        {
            ConversationId = "telegram:" + chatId,
            Channel = "telegram",
            ChatId = chatId,
            Message = new OutgoingMessage(text, [new Button("Меню", Payloads.Menu)], []),
            CreatedAt = DateTimeOffset.UtcNow,
        });

        var first = await user.NextReplyAsync();
        var second = await user.NextReplyAsync();
        Assert.All([first, second], part => Assert.InRange(part.Text.Length, 1, 4096));
        Assert.Equal(text, WebUtility.HtmlDecode(first.Text) + "\n\n" + WebUtility.HtmlDecode(second.Text));
        Assert.Empty(first.Buttons);
        Assert.Equal(Payloads.Menu, Assert.Single(second.Buttons).CallbackData);
    }
}
