using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Core.Flows;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// Updates for Telegram's webhook and for long polling: messages (up to huge texts), button presses, block notices and
/// edits from a few chats (so that conversations go on) and from any chat, with fuzzed texts and callback data forged
/// for each step of each flow in turn; then a field dropped or given a value of the wrong type, as a Bot API of another
/// version might send them.
/// </summary>
internal sealed class TelegramUpdates(Random random, FuzzText text, ForgedPayloads payloads, FlowCatalog flows)
{
    private readonly List<string> _strings = [];
    private readonly (FlowDefinition Flow, FlowStepDefinition Step)[] _steps = [.. flows.All.SelectMany(f => f.Steps.Select(s => (f, s)))];
    private long _updateId = 1_000_000;
    private int _nextStep;

    /// <summary>A webhook body: fuzzed strings escaped by hand, so that a lone surrogate reaches the server as \ud800.</summary>
    public byte[] Next() => Encoding.UTF8.GetBytes(Serialized(lone => lone));

    /// <summary>
    /// An update for <c>getUpdates</c>: Telegram writes valid UTF-8, so a lone surrogate becomes U+FFFD; the fake Bot
    /// API gives it its own id.
    /// </summary>
    public JsonObject NextForPolling() => JsonNode.Parse(Serialized(WithoutLoneSurrogates))!.AsObject();

    private string Serialized(Func<string, string> clean)
    {
        _strings.Clear();
        var update = Update();
        if (random.Next(3) == 0)
        {
            Spoil(update);
        }

        // Fuzzed strings go in after serialization, escaped by hand.
        var json = update.ToJsonString();
        for (var i = 0; i < _strings.Count; i++)
        {
            json = json.Replace($"\"{Marker(i)}\"", JsonBodies.Quote(clean(_strings[i])), StringComparison.Ordinal);
        }

        return json;
    }

    private static string WithoutLoneSurrogates(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static string Marker(int index) => "__fuzz" + index.ToString(CultureInfo.InvariantCulture) + "__";

    /// <summary>Stands in for <paramref name="value"/> until the update is serialized.</summary>
    private string Fuzzed(string value)
    {
        _strings.Add(value);
        return Marker(_strings.Count - 1);
    }

    private JsonObject Update()
    {
        var id = random.Next(30) == 0 ? text.Pick(new long[] { 0, -1, long.MaxValue }) : Interlocked.Increment(ref _updateId);
        var update = new JsonObject { ["update_id"] = id };
        var chat = Chat();
        switch (random.Next(6))
        {
            case < 3:
                update["message"] = Message(chat, Fuzzed(random.Next(40) == 0 ? Huge() : random.Next(2) == 0 ? text.Next() : text.Small()));
                break;
            case 3:
                update["callback_query"] = new JsonObject
                {
                    ["id"] = "q" + id,
                    ["from"] = From(chat),
                    ["message"] = Message(chat, "..."),
                    ["chat_instance"] = "i",
                    ["data"] = Fuzzed(CallbackData()),
                };
                break;
            case 4:
                update["my_chat_member"] = new JsonObject
                {
                    ["chat"] = Chat(chat),
                    ["from"] = From(chat),
                    ["date"] = 1_700_000_000,
                    ["old_chat_member"] = Member(text.Pick(["member", "kicked"])),
                    ["new_chat_member"] = Member(text.Pick(["member", "kicked", "left", "x"])),
                };
                break;
            default:
                update[text.Pick(["edited_message", "channel_post", "inline_query", "poll", "unknown_kind"])] = Message(chat, Fuzzed(text.Next()));
                break;
        }

        return update;
    }

    /// <summary>
    /// Callback data aimed at the next step of the next flow in turn (so that every step type of every flow is aimed at),
    /// the start of its flow, so that chats go into flows, or junk.
    /// </summary>
    private string CallbackData()
    {
        var (flow, step) = _steps[_nextStep++ % _steps.Length];
        return random.Next(8) switch
        {
            0 => text.Small(),
            1 => FlowPayloads.Start(flow.Id),
            _ => payloads.Next(flow, step, ["simplified-tax-webinar", "no-such-training"], ["x"]),
        };
    }

    /// <summary>Far past Telegram's 4,096 characters, as only a forged update carries.</summary>
    private string Huge() => string.Concat(Enumerable.Repeat(text.Small() + " ", random.Next(2_000, 8_000)));

    /// <summary>Mostly twenty private chats; sometimes a group, a channel or an id no chat has.</summary>
    private long Chat() => random.Next(10) switch
    {
        0 => -100_000_000_000 - random.Next(10),
        1 => text.Pick(new long[] { 0, 1, long.MaxValue, long.MinValue, 9_007_199_254_740_993 }),
        _ => 7_000 + random.Next(20),
    };

    private JsonObject Message(long chat, string body)
    {
        var message = new JsonObject
        {
            ["message_id"] = random.Next(1, 1_000),
            ["date"] = 1_700_000_000,
            ["chat"] = Chat(chat),
            ["from"] = From(chat),
            ["text"] = body,
        };
        if (random.Next(5) == 0)
        {
            message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = random.Next(-2, 5), ["length"] = random.Next(-1, 50) });
        }

        if (random.Next(8) == 0)
        {
            message[text.Pick(["photo", "voice", "sticker", "location", "contact"])] = random.Next(2) == 0 ? new JsonArray() : new JsonObject();
        }

        return message;
    }

    private JsonObject Chat(long chat) => new()
    {
        ["id"] = chat,
        ["type"] = chat < 0 ? text.Pick(["group", "supergroup", "channel"]) : random.Next(20) == 0 ? text.Pick(["group", "x", ""]) : "private",
    };

    private JsonObject From(long chat) => new()
    {
        ["id"] = chat,
        ["is_bot"] = random.Next(20) == 0,
        ["first_name"] = "Fuzz",
        ["language_code"] = text.Pick(["ru", "kk", "kk-KZ", "en", "", "x"]),
    };

    private static JsonObject Member(string status) => new()
    {
        ["status"] = status,
        ["user"] = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "ChatBot" },
    };

    /// <summary>Drops a field somewhere in the update, or gives it a value of another type.</summary>
    private void Spoil(JsonObject update)
    {
        var objects = new List<JsonObject>();
        Collect(update, objects);
        var target = text.Pick(objects);
        var field = text.Pick(target.Select(f => f.Key).ToList());
        if (random.Next(2) == 0)
        {
            target.Remove(field);
        }
        else
        {
            target[field] = random.Next(6) switch
            {
                0 => JsonValue.Create("x"),
                1 => JsonValue.Create(1.5),
                2 => JsonValue.Create(true),
                3 => new JsonArray(),
                4 => new JsonObject(),
                _ => JsonValue.Create(1e30),
            };
        }
    }

    private static void Collect(JsonObject node, List<JsonObject> objects)
    {
        if (node.Count > 0)
        {
            objects.Add(node);
        }

        foreach (var child in node.Select(f => f.Value).OfType<JsonObject>())
        {
            Collect(child, objects);
        }
    }
}
