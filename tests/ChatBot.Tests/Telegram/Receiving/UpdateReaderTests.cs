using System.Text.Json;
using ChatBot.Core.Messages;
using ChatBot.Telegram.Receiving;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Tests.Telegram.Receiving;

/// <summary>Updates as Telegram sends them (JSON), read into what they ask of the bot.</summary>
public sealed class UpdateReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("kk", Language.Kk)]
    [InlineData("ru", Language.Ru)]
    [InlineData("en", Language.Ru)]
    public void ATextMessageInAPrivateChatIsATurnKeyedByItsUpdateId(string languageCode, Language expected)
    {
        var input = Read("""
            {"update_id": 77, "message": {"message_id": 5, "date": 1772424000, "text": "как открыть ИП",
             "chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": false, "first_name": "Айгуль", "language_code": "LANG"}}}
            """.Replace("LANG", languageCode, StringComparison.Ordinal));

        var turn = Assert.IsType<TelegramInput.Turn>(input);
        Assert.Equal(new IncomingMessage("telegram", "42", "как открыть ИП", null, "77", Now, "42", expected), turn.Message);
        Assert.Null(turn.CallbackQueryId);
    }

    [Fact]
    public void AButtonPressIsATurnWithThePayloadAndTheQueryToAnswer()
    {
        var input = Read("""
            {"update_id": 78, "callback_query": {"id": "q-1", "chat_instance": "ci", "data": "menu:taxes",
             "from": {"id": 42, "is_bot": false, "first_name": "Айгуль"},
             "message": {"message_id": 6, "date": 1772424000, "chat": {"id": 42, "type": "private"}, "text": "Меню"}}}
            """);

        var turn = Assert.IsType<TelegramInput.Turn>(input);
        Assert.Equal("menu:taxes", turn.Message.Payload);
        Assert.Equal("42", turn.Message.ChatId);
        Assert.Equal("78", turn.Message.PlatformMessageId);
        Assert.Equal("q-1", turn.CallbackQueryId);
        Assert.Equal((6, "Меню"), (turn.PressedOn!.Id, turn.PressedOn.Text));
    }

    [Fact]
    public void APressUnderAMessageTooOldForTelegramToSendIsStillATurn()
    {
        // Telegram sends an "inaccessible message" (date 0, nothing else) for a message it no longer has.
        var input = Read("""
            {"update_id": 80, "callback_query": {"id": "q-2", "chat_instance": "ci", "data": "menu:taxes",
             "from": {"id": 42, "is_bot": false, "first_name": "Айгуль"},
             "message": {"message_id": 6, "date": 0, "chat": {"id": 42, "type": "private"}}}}
            """);

        var turn = Assert.IsType<TelegramInput.Turn>(input);
        Assert.Equal("menu:taxes", turn.Message.Payload);
        Assert.IsType<ChatBot.Telegram.Pressing.PressEdit.None>(ChatBot.Telegram.Pressing.PressEdit.For(turn.PressedOn, "menu:taxes"));
    }

    [Fact]
    public void APhotoIsAFileOfItsLargestSizeNotYetFetched()
    {
        var file = Assert.IsType<TelegramInput.SentFile>(Read("""
            {"update_id": 79, "message": {"message_id": 7, "date": 1772424000, "chat": {"id": 42, "type": "private"},
             "photo": [{"file_id": "small", "file_unique_id": "u1", "width": 90, "height": 90, "file_size": 900},
                       {"file_id": "large", "file_unique_id": "u2", "width": 1280, "height": 960, "file_size": 120000}]}}
            """));
        Assert.Equal(("large", new IncomingFile("photo-79.jpg", "image/jpeg", 120000)), (file.FileId, file.Message.File));
    }

    [Fact]
    public void ADocumentKeepsItsNameTypeAndSize()
    {
        var file = Assert.IsType<TelegramInput.SentFile>(Read("""
            {"update_id": 78, "message": {"message_id": 6, "date": 1772424000, "chat": {"id": 42, "type": "private"},
             "document": {"file_id": "d", "file_unique_id": "u", "file_name": "договор.pdf", "mime_type": "application/pdf", "file_size": 5120}}}
            """));
        Assert.Equal(("d", new IncomingFile("договор.pdf", "application/pdf", 5120)), (file.FileId, file.Message.File));
    }

    [Fact]
    public void AVoiceMessageIsNotText() => Assert.IsType<TelegramInput.NotText>(Read("""
        {"update_id": 77, "message": {"message_id": 5, "date": 1772424000, "chat": {"id": 42, "type": "private"},
         "voice": {"file_id": "v", "file_unique_id": "u", "duration": 3}}}
        """));

    [Fact]
    public void AServiceMessageWithoutContentIsIgnored() => Assert.IsType<TelegramInput.Ignored>(Read("""
        {"update_id": 80, "message": {"message_id": 8, "date": 1772424000, "chat": {"id": 42, "type": "private"}}}
        """));

    [Fact]
    public void AnEditedMessageIsIgnored() => Assert.IsType<TelegramInput.Ignored>(Read("""
        {"update_id": 81, "edited_message": {"message_id": 9, "date": 1772424000, "edit_date": 1772424100,
         "chat": {"id": 42, "type": "private"}, "text": "как закрыть ИП"}}
        """));

    [Fact]
    public void AMessageInAGroupGetsTheGroupNote() => Assert.IsType<TelegramInput.GroupChat>(Read("""
        {"update_id": 82, "message": {"message_id": 10, "date": 1772424000, "text": "/start",
         "chat": {"id": -100500, "type": "supergroup", "title": "Кәсіпкерлер"}}}
        """));

    [Theory]
    [InlineData("kicked", true)]
    [InlineData("member", false)]
    public void TelegramsNoticeOfABlockOrUnblockIsRead(string status, bool blocked)
    {
        var input = Read("""
            {"update_id": 83, "my_chat_member": {"chat": {"id": 42, "type": "private"}, "date": 1772424000,
             "from": {"id": 42, "is_bot": false, "first_name": "Айгуль"},
             "old_chat_member": {"status": "left", "user": {"id": 1, "is_bot": true, "first_name": "Bot"}},
             "new_chat_member": {"status": "STATUS", "user": {"id": 1, "is_bot": true, "first_name": "Bot"}, "until_date": 0}}}
            """.Replace("STATUS", status, StringComparison.Ordinal));

        Assert.Equal(new TelegramInput.BlockChanged(42, blocked), input);
    }

    [Theory]
    [InlineData("""{"update_id": 84, "callback_query": {"id": "q-3", "chat_instance": "ci", "data": "menu", "message": {"message_id": 6, "date": 1772424000, "chat": {"id": 42, "type": "private"}}}}""")]
    [InlineData("""{"update_id": 85, "callback_query": {"id": "q-4", "chat_instance": "ci", "data": "menu", "from": {"id": 42, "is_bot": false, "first_name": "Айгуль"}, "message": {"message_id": 6, "date": 1772424000}}}""")]
    [InlineData("""{"update_id": 86, "message": {"message_id": 11, "date": 1772424000, "text": "привет", "from": {"id": 42, "is_bot": false, "first_name": "Айгуль"}}}""")]
    public void AnUpdateWithoutTheSenderOrChatTelegramAlwaysSendsIsMalformed(string json) => Assert.IsType<TelegramInput.Malformed>(Read(json));

    private static TelegramInput Read(string json) =>
        UpdateReader.Read(JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!, Now);
}
