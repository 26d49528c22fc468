using System.Text.Json.Nodes;

namespace ChatBot.Testing.Telegram;

/// <summary>
/// A person talking to the bot in a private chat through the fake Bot API: sends messages, presses buttons
/// under the bot's messages, and reads the bot's replies one by one, in the order they arrived.
/// </summary>
public sealed class FakeTelegramUser(FakeBotApi api, long chatId, string languageCode)
{
    private int _read;

    public long ChatId => chatId;

    /// <summary>The reply read last; <see cref="Press"/> presses its buttons.</summary>
    public SentMessage? Last { get; private set; }

    public long Send(string text)
    {
        var message = Message();
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var command = text.Split(' ')[0];
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = command.Length });
        }

        return api.AddUpdate(new JsonObject { ["message"] = message });
    }

    public long SendPhoto()
    {
        var message = Message();
        message["photo"] = new JsonArray(new JsonObject { ["file_id"] = "photo-1", ["file_unique_id"] = "p1", ["width"] = 90, ["height"] = 90 });
        return api.AddUpdate(new JsonObject { ["message"] = message });
    }

    /// <summary>
    /// Sends a document; Telegram's message says its size, which <paramref name="claimedSize"/> overrides (a file too
    /// big to be worth sending in a test).
    /// </summary>
    public long SendDocument(string fileName, string mediaType, byte[] content, long? claimedSize = null)
    {
        var message = Message();
        message["document"] = new JsonObject
        {
            ["file_id"] = api.AddFile(content),
            ["file_unique_id"] = "d" + Guid.NewGuid().ToString("N")[..8],
            ["file_name"] = fileName,
            ["mime_type"] = mediaType,
            ["file_size"] = claimedSize ?? content.Length,
        };
        return api.AddUpdate(new JsonObject { ["message"] = message });
    }

    /// <summary>Sends a photo: Telegram gives a thumbnail and the full size, each its own file.</summary>
    public long SendPhoto(byte[] thumbnail, byte[] full)
    {
        JsonObject Size(byte[] content, int side) => new()
        {
            ["file_id"] = api.AddFile(content), ["file_unique_id"] = "p" + side, ["width"] = side, ["height"] = side, ["file_size"] = content.Length,
        };
        var message = Message();
        message["photo"] = new JsonArray(Size(thumbnail, 90), Size(full, 1280));
        return api.AddUpdate(new JsonObject { ["message"] = message });
    }

    public long SendLocation()
    {
        var message = Message();
        message["location"] = new JsonObject { ["latitude"] = 43.238, ["longitude"] = 76.945 };
        return api.AddUpdate(new JsonObject { ["message"] = message });
    }

    /// <summary>Edits an earlier message: Telegram sends an <c>edited_message</c> update.</summary>
    public long Edit(string text)
    {
        var message = Message();
        message["text"] = text;
        message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return api.AddUpdate(new JsonObject { ["edited_message"] = message });
    }

    /// <summary>Blocks the bot (or unblocks it): Telegram stops delivering and tells the bot with <c>my_chat_member</c>.</summary>
    public long BlockBot(bool blocked = true)
    {
        if (blocked)
        {
            api.Block(chatId);
        }
        else
        {
            api.Unblock(chatId);
        }

        JsonObject Member(string status) => new()
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "ChatBot" },
            ["until_date"] = 0,
        };
        return api.AddUpdate(new JsonObject
        {
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = Chat(),
                ["from"] = From(),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["old_chat_member"] = Member(blocked ? "member" : "kicked"),
                ["new_chat_member"] = Member(blocked ? "kicked" : "member"),
            },
        });
    }

    /// <summary>Presses the button with this title under the last reply read.</summary>
    public long Press(string title) => Press(Last ?? throw new InvalidOperationException("no reply read yet"), title);

    /// <summary>
    /// Presses a button of <paramref name="seen"/> as the user saw it then (a slow app, or a second device, may still
    /// show a button the bot has removed since). Telegram sends back the message as it is now: its plain text and
    /// its current keyboard, if it still has one.
    /// </summary>
    public long Press(SentMessage seen, string title)
    {
        var button = seen.Button(title);
        var now = api.Message(chatId, seen.MessageId);
        var pressedOn = new JsonObject
        {
            ["message_id"] = now.MessageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = Chat(),
            ["text"] = now.Shown,
        };
        if (now.Buttons.Count > 0)
        {
            // One button a row, as the bot lays them out.
            pressedOn["reply_markup"] = new JsonObject
            {
                ["inline_keyboard"] = new JsonArray(now.Buttons.Select(b => (JsonNode)new JsonArray(Json(b))).ToArray()),
            };
        }

        return api.AddUpdate(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "query-" + Guid.NewGuid().ToString("N")[..8],
                ["from"] = From(),
                ["message"] = pressedOn,
                ["chat_instance"] = "instance-" + chatId,
                ["data"] = button.CallbackData ?? throw new InvalidOperationException($"'{title}' is a link, not a callback button"),
            },
        });
    }

    /// <summary>The next message the bot delivered to this chat (waits for it; fails after a generous deadline).</summary>
    public async Task<SentMessage> NextReplyAsync()
    {
        var index = _read;
        await api.WaitUntilAsync(() => api.Sent(chatId).Count > index, $"reply #{index + 1} in chat {chatId}");
        _read++;
        return Last = api.Sent(chatId)[index];
    }

    internal JsonObject From() => new()
    {
        ["id"] = chatId,
        ["is_bot"] = false,
        ["first_name"] = "Test user",
        ["language_code"] = languageCode,
    };

    private static JsonObject Json(SentButton button) => button.CallbackData is { } data
        ? new JsonObject { ["text"] = button.Text, ["callback_data"] = data }
        : new JsonObject { ["text"] = button.Text, ["url"] = button.Url };

    private JsonObject Chat() => new() { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Test user" };

    private JsonObject Message() => new()
    {
        ["message_id"] = api.NextMessageId(),
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = Chat(),
        ["from"] = From(),
    };
}
