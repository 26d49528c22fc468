using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Testing.Telegram;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 with a free port, for the real Telegram.Bot client: serves
/// <c>/bot{token}/{method}</c> with JSON in and <c>{"ok":true,"result":...}</c> out, long polling on
/// <c>getUpdates</c> that waits for updates and honours the client's cancellation, and records every call.
/// Faults on demand: 429 with <c>retry_after</c>, 5xx, 403 for a chat that blocked the bot, and sends held
/// unanswered until released. <c>editMessageText</c> and <c>editMessageReplyMarkup</c> change the message the
/// user sees, as Telegram does (an edit of the text without a keyboard removes the keyboard). Files a user sends
/// (<see cref="AddFile"/>) are given by <c>getFile</c> and downloaded from <c>/file/bot{token}/{file_path}</c>.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-fake-token";

    /// <summary>The status recorded for a call whose client hung up before it was answered (as nginx logs it).</summary>
    public const int HungUp = 499;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<JsonObject> _given = [];
    private readonly List<BotApiCall> _calls = [];
    private readonly List<SentMessage> _sent = [];
    private readonly Dictionary<string, Queue<(int Status, int? RetryAfter, string? Description)>> _faults = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<string, string> _descriptions = [];
    private readonly Dictionary<string, string> _shortDescriptions = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private JsonObject _menuButton = new() { ["type"] = "default" };
    private TaskCompletionSource _changed = NewSignal();
    private TaskCompletionSource? _sendsHeld;
    private TaskCompletionSource? _editsHeld;
    private long _nextUpdateId = 1000;
    private int _nextMessageId = 1;

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The offset of the last <c>getUpdates</c>: every update below it is confirmed.</summary>
    public long? ConfirmedOffset { get; private set; }

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeBotApi(app);
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], api.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", api.DownloadAsync);
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return api;
    }

    public FakeTelegramUser User(long chatId, string languageCode = "ru") => new(this, chatId, languageCode);

    /// <summary>A message in a group chat that the bot is a member of.</summary>
    public long AddGroupMessage(long groupId, FakeTelegramUser from, string text) => AddUpdate(new JsonObject
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = NextMessageId(),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "group", ["title"] = "Entrepreneurs" },
            ["from"] = from.From(),
            ["text"] = text,
        },
    });

    /// <summary>A file on Telegram's servers, as one a user sent is; returns its <c>file_id</c>.</summary>
    public string AddFile(byte[] content)
    {
        lock (_lock)
        {
            var id = $"file-{_files.Count + 1}-{Guid.NewGuid():N}";
            _files[id] = content;
            return id;
        }
    }

    /// <summary>Queues an update for <c>getUpdates</c> and returns its id.</summary>
    public long AddUpdate(JsonObject update)
    {
        lock (_lock)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            _updates.Add(update);
            _given.Add(update);
            Changed();
            return id;
        }
    }

    /// <summary>Queues again an update that was already delivered (Telegram does so when a confirmation is lost).</summary>
    public void Redeliver(JsonObject update)
    {
        lock (_lock)
        {
            _updates.Add(update.DeepClone().AsObject());
            Changed();
        }
    }

    /// <summary>Every update the fake was given, confirmed or not, by id.</summary>
    public JsonObject UpdateWithId(long id)
    {
        lock (_lock)
        {
            return _given.First(u => u["update_id"]!.GetValue<long>() == id).DeepClone().AsObject();
        }
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> fail with this status (and Telegram's
    /// usual description for it, or <paramref name="description"/>).
    /// </summary>
    public void Fail(string method, int times, int status, int? retryAfter = null, string? description = null)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((status, retryAfter, description));
            }
        }
    }

    /// <summary>The user of this chat blocked the bot: sends to it get 403.</summary>
    public void Block(long chatId)
    {
        lock (_lock)
        {
            _blocked.Add(chatId);
        }
    }

    public void Unblock(long chatId)
    {
        lock (_lock)
        {
            _blocked.Remove(chatId);
        }
    }

    /// <summary><c>sendMessage</c> calls wait unanswered (recorded, not delivered) until <see cref="ReleaseSends"/>.</summary>
    public void HoldSends()
    {
        lock (_lock)
        {
            _sendsHeld ??= NewSignal();
        }
    }

    public void ReleaseSends()
    {
        lock (_lock)
        {
            _sendsHeld?.TrySetResult();
            _sendsHeld = null;
        }
    }

    /// <summary>Edits of messages wait unanswered (recorded, not applied) until <see cref="ReleaseEdits"/>.</summary>
    public void HoldEdits()
    {
        lock (_lock)
        {
            _editsHeld ??= NewSignal();
        }
    }

    public void ReleaseEdits()
    {
        lock (_lock)
        {
            _editsHeld?.TrySetResult();
            _editsHeld = null;
        }
    }

    public IReadOnlyList<BotApiCall> Calls(string? method = null)
    {
        lock (_lock)
        {
            return _calls.Where(c => method is null || c.Method == method).ToList();
        }
    }

    /// <summary>The messages the bot delivered to this chat, in order, each as it looks now (after any edits).</summary>
    public IReadOnlyList<SentMessage> Sent(long chatId)
    {
        lock (_lock)
        {
            return _sent.Where(m => m.ChatId == chatId).ToList();
        }
    }

    /// <summary>The bot's message as the user sees it now.</summary>
    public SentMessage Message(long chatId, int messageId)
    {
        lock (_lock)
        {
            return _sent.Single(m => m.ChatId == chatId && m.MessageId == messageId);
        }
    }

    /// <summary>The successful and failed edits (<c>editMessageText</c>, <c>editMessageReplyMarkup</c>) of messages in this chat.</summary>
    public IReadOnlyList<BotApiCall> Edits(long chatId) =>
        Calls().Where(c => c.Method is "editMessageText" or "editMessageReplyMarkup" && c.ChatId == chatId).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds; a deadline of a minute only keeps a broken test from hanging.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? Deadline);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"waited in vain for {what}; calls: {string.Join(", ", Calls().Select(c => c.Method + ":" + c.Status))}");
            }

            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseSends();
        ReleaseEdits();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal int NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Changed() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var body = await ReadBodyAsync(context.Request);
        var call = new BotApiCall(method, body);
        lock (_lock)
        {
            _calls.Add(call);
            Changed();
        }

        var aborted = context.RequestAborted;
        try
        {
            var (status, response) = token != Token
                ? Error(401, "Unauthorized")
                : TakeFault(method) ?? await AnswerAsync(method, body, aborted);
            call.Status = status;
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.ToJsonString(), aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The bot hung up (it stopped, or gave up waiting): nothing was delivered.
            call.Status = HungUp;
        }

        lock (_lock)
        {
            Changed();
        }
    }

    private async Task<(int, JsonObject)> AnswerAsync(string method, JsonObject body, CancellationToken aborted) => method switch
    {
        "getUpdates" => Ok(await UpdatesAsync(body, aborted)),
        "sendMessage" => await SendMessageAsync(body, aborted),
        "sendDocument" => SendDocument(body),
        "editMessageText" or "editMessageReplyMarkup" => await EditAsync(method, body, aborted),
        "getFile" => GetFile(body),
        "getMe" => Ok(new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "ChatBot", ["username"] = "chatbot_test_bot" }),
        "answerCallbackQuery" or "sendChatAction" or "setMyCommands" or "deleteWebhook" or "setWebhook" => Ok(true),
        "getMyDescription" => Ok(new JsonObject { ["description"] = Profile(_descriptions, body) }),
        "getMyShortDescription" => Ok(new JsonObject { ["short_description"] = Profile(_shortDescriptions, body) }),
        "setMyDescription" => SetProfile(_descriptions, body, "description", 512),
        "setMyShortDescription" => SetProfile(_shortDescriptions, body, "short_description", 120),
        "getChatMenuButton" => Ok(MenuButton()),
        "setChatMenuButton" => SetMenuButton(body),
        _ => Error(404, "Not Found: method not found"),
    };

    /// <summary>A file's size and the path to download it from, for a <c>file_id</c> that a user's message carried.</summary>
    private (int, JsonObject) GetFile(JsonObject body)
    {
        var id = body["file_id"]?.ToString() ?? "";
        lock (_lock)
        {
            return _files.TryGetValue(id, out var content)
                ? Ok(new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u-" + id, ["file_size"] = content.Length, ["file_path"] = "documents/" + id })
                : Error(400, "Bad Request: invalid file_id");
        }
    }

    /// <summary>A file's bytes, recorded as a call of the method <c>file</c>; 404 for a path <c>getFile</c> never gave.</summary>
    private async Task DownloadAsync(HttpContext context, string token, string path)
    {
        var call = new BotApiCall("file", new JsonObject { ["file_path"] = path });
        byte[]? content;
        lock (_lock)
        {
            _calls.Add(call);
            content = token == Token && path.StartsWith("documents/", StringComparison.Ordinal) ? _files.GetValueOrDefault(path["documents/".Length..]) : null;
            Changed();
        }

        call.Status = content is null ? 404 : 200;
        context.Response.StatusCode = call.Status;
        if (content is not null)
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    /// <summary>As Telegram answers: the text for this language, else the default one, else empty.</summary>
    private string Profile(Dictionary<string, string> texts, JsonObject body)
    {
        lock (_lock)
        {
            var code = body["language_code"]?.ToString() ?? "";
            return texts.GetValueOrDefault(code) ?? texts.GetValueOrDefault("") ?? "";
        }
    }

    private (int, JsonObject) SetProfile(Dictionary<string, string> texts, JsonObject body, string field, int maxLength)
    {
        var text = body[field]?.ToString() ?? "";
        if (text.Length > maxLength)
        {
            return Error(400, $"Bad Request: {field.Replace('_', ' ')} is too long");
        }

        lock (_lock)
        {
            var code = body["language_code"]?.ToString() ?? "";
            if (text.Length == 0)
            {
                texts.Remove(code);
            }
            else
            {
                texts[code] = text;
            }
        }

        return Ok(true);
    }

    private JsonObject MenuButton()
    {
        lock (_lock)
        {
            return _menuButton.DeepClone().AsObject();
        }
    }

    private (int, JsonObject) SetMenuButton(JsonObject body)
    {
        lock (_lock)
        {
            _menuButton = body["menu_button"]?.DeepClone().AsObject() ?? new JsonObject { ["type"] = "default" };
        }

        return Ok(true);
    }

    private async Task<JsonArray> UpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"] is { } o ? long.Parse(o.ToString(), System.Globalization.CultureInfo.InvariantCulture) : (long?)null;
        var limit = body["limit"] is { } l ? int.Parse(l.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 100;
        var timeout = body["timeout"] is { } t ? int.Parse(t.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (offset is { } confirmed)
                {
                    _updates.RemoveAll(u => u["update_id"]!.GetValue<long>() < confirmed);
                    ConfirmedOffset = confirmed;
                }

                if (_updates.Count > 0 || DateTime.UtcNow >= until)
                {
                    return new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
                }

                changed = _changed.Task;
            }

            var left = until - DateTime.UtcNow;
            await Task.WhenAny(changed, Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, aborted));
            aborted.ThrowIfCancellationRequested();
        }
    }

    private async Task<(int, JsonObject)> SendMessageAsync(JsonObject body, CancellationToken aborted)
    {
        Task? held;
        lock (_lock)
        {
            held = _sendsHeld?.Task;
        }

        if (held is not null)
        {
            await held.WaitAsync(aborted);
        }

        var chatId = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return Error(403, "Forbidden: bot was blocked by the user");
            }

            if (BotApiRules.Check(body) is { } broken)
            {
                return Error(400, broken);
            }

            var message = SentMessage.From(body, NextMessageId());
            _sent.Add(message);
            return Ok(new JsonObject
            {
                ["message_id"] = message.MessageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["text"] = message.Text,
            });
        }
    }

    /// <summary>A document upload: <see cref="ReadBodyAsync"/> turned the file part into a name and base64 bytes.</summary>
    private (int, JsonObject) SendDocument(JsonObject body)
    {
        var chatId = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        // The client names the uploaded part ("attach://0"), as Telegram allows for any file field.
        var document = body["document"];
        if (document is JsonValue reference && reference.GetValue<string>() is var name && name.StartsWith("attach://", StringComparison.Ordinal))
        {
            document = body[name["attach://".Length..]];
        }

        if (document is not JsonObject file)
        {
            return Error(400, "Bad Request: there is no document in the request; fields: " + string.Join(", ", body.Select(f => f.Key + "=" + f.Value?.ToJsonString())));
        }

        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return Error(403, "Forbidden: bot was blocked by the user");
            }

            var sent = new SentDocument(file["file_name"]!.GetValue<string>(), Convert.FromBase64String(file["content"]!.GetValue<string>()));
            var message = new SentMessage(chatId, NextMessageId(), body["caption"]?.GetValue<string>() ?? "", null, [], sent);
            _sent.Add(message);
            return Ok(new JsonObject
            {
                ["message_id"] = message.MessageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["document"] = new JsonObject { ["file_id"] = "file-" + message.MessageId, ["file_unique_id"] = "u" + message.MessageId, ["file_name"] = sent.FileName },
            });
        }
    }

    /// <summary>
    /// An edit as Telegram answers it: the message must be the bot's, in this chat; an edit that changes nothing
    /// is refused; the new text obeys the rules of a sent one; a text edit without <c>reply_markup</c> removes the keyboard.
    /// </summary>
    private async Task<(int, JsonObject)> EditAsync(string method, JsonObject body, CancellationToken aborted)
    {
        Task? held;
        lock (_lock)
        {
            held = _editsHeld?.Task;
        }

        if (held is not null)
        {
            await held.WaitAsync(aborted);
        }

        var chatId = long.Parse(body["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var messageId = int.Parse(body["message_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return Error(403, "Forbidden: bot was blocked by the user");
            }

            var index = _sent.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId);
            if (index < 0)
            {
                return Error(400, "Bad Request: message to edit not found");
            }

            var before = _sent[index];
            var buttons = SentMessage.ButtonsOf(body);
            var after = method == "editMessageText"
                ? before with { Text = body["text"]?.GetValue<string>() ?? "", ParseMode = body["parse_mode"]?.GetValue<string>(), Buttons = buttons }
                : before with { Buttons = buttons };
            if (method == "editMessageText" && BotApiRules.Check(body) is { } broken)
            {
                return Error(400, broken);
            }

            if (after.Text == before.Text && after.ParseMode == before.ParseMode && after.Buttons.SequenceEqual(before.Buttons))
            {
                return Error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            _sent[index] = after;
            return Ok(new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["text"] = after.Text,
            });
        }
    }

    private (int, JsonObject)? TakeFault(string method)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(method, out var queue) || queue.Count == 0)
            {
                return null;
            }

            var (status, retryAfter, description) = queue.Dequeue();
            var (code, error) = Error(status, description ?? status switch
            {
                429 => $"Too Many Requests: retry after {retryAfter}",
                400 => "Bad Request: chat not found",
                403 => "Forbidden: bot was blocked by the user",
                500 => "Internal Server Error",
                _ => "Bad Gateway",
            });
            if (retryAfter is { } seconds)
            {
                error["parameters"] = new JsonObject { ["retry_after"] = seconds };
            }

            return (code, error);
        }
    }

    private static (int, JsonObject) Ok(JsonNode result) => (200, new JsonObject { ["ok"] = true, ["result"] = result });

    private static (int, JsonObject) Error(int status, string description) =>
        (status, new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description });

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                fields[key] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : text;
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                fields[file.Name] = new JsonObject { ["file_name"] = file.FileName, ["content"] = Convert.ToBase64String(content.ToArray()) };
            }

            return fields;
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json)?.AsObject() ?? [];
    }
}
