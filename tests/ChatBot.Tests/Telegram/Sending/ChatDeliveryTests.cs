using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Storage.LiteDb;
using ChatBot.Telegram;
using ChatBot.Telegram.Sending;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Tests.Telegram.Sending;

/// <summary>One chat's deliveries with the real client, a real outbox file and the fake Bot API.</summary>
public sealed class ChatDeliveryTests : IAsyncLifetime
{
    private const long Chat = 9100;
    private readonly TemporaryFolder _folder = new();
    private ChatBotDatabase _database = null!;
    private LiteOutbox _outbox = null!;
    private FakeBotApi _api = null!;
    private ChatDelivery _delivery = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _database = new ChatBotDatabase(_folder.File("chatbot.db"), "test-password");
        _outbox = new LiteOutbox(_database);
        var bot = TelegramClientFactory.Create(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl });
        _delivery = new ChatDelivery(
            bot, _outbox, new LiteBlockedChats(_database), new SendRateLimiter(TimeProvider.System), TimeProvider.System, NullLogger<ChatDelivery>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ASplitReplyCutOffAfterItsFirstPartResumesWithTheSecondOnly()
    {
        var item = Queue(new string('а', 4090) + "\n\n" + "вторая часть");
        _outbox.MarkPartsDelivered(item.Id, 1);

        await _delivery.DeliverAsync(_outbox.Pending("telegram", 10), CancellationToken.None);

        Assert.Equal("вторая часть", Assert.Single(_api.Sent(Chat)).Text);
        Assert.Empty(_outbox.Pending("telegram", 10));
    }

    [Fact]
    public async Task AReplyTelegramRefusesForGoodIsDroppedAndTheNextOneStillGoes()
    {
        Queue("первый");
        Queue("второй");
        _api.Fail("sendMessage", 1, 400);

        await _delivery.DeliverAsync(_outbox.Pending("telegram", 10), CancellationToken.None);

        Assert.Equal(["второй"], _api.Sent(Chat).Select(m => m.Text));
        Assert.Empty(_outbox.Pending("telegram", 10));
    }

    [Fact]
    public async Task ServerErrorsAreRetriedUntilTheReplyGetsThrough()
    {
        Queue("ответ");
        _api.Fail("sendMessage", 2, 500);

        await _delivery.DeliverAsync(_outbox.Pending("telegram", 10), CancellationToken.None);

        Assert.Equal(["ответ"], _api.Sent(Chat).Select(m => m.Text));
        Assert.Equal([500, 500, 200], _api.Calls("sendMessage").Select(c => c.Status));
    }

    [Fact]
    public async Task AnItemWithdrawnAfterTheBatchWasReadIsNotSent()
    {
        var invitation = Queue("приглашение");
        Queue("ответ");
        var batch = _outbox.Pending("telegram", 10);
        _outbox.MarkDropped(invitation.Id, DateTimeOffset.UtcNow, "news consent withdrawn before delivery");

        await _delivery.DeliverAsync(batch, CancellationToken.None);

        Assert.Equal(["ответ"], _api.Sent(Chat).Select(m => m.Text));
    }

    private OutboxItem Queue(string text)
    {
        var item = new OutboxItem
        {
            ConversationId = "telegram:" + Chat,
            Channel = "telegram",
            ChatId = Chat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Message = OutgoingMessage.Plain(text),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        _outbox.Add(item);
        return item;
    }
}
