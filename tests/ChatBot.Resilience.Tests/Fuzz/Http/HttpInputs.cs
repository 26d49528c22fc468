using System.Globalization;
using System.Text;
using ChatBot.Web.Api;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// Requests to the service that are valid HTTP and wrong in every other way: the chat API with real and bad
/// conversation ids, tokens and Authorization headers, bodies from <see cref="JsonBodies"/>, odd content types and
/// event-stream positions, streams opened with real, foreign and junk tickets, the operators' API signed in as an
/// operator and as an administrator (<see cref="OperatorRequests"/>), and the other routes (health, widget, console,
/// Telegram's webhook) with any method; a share of them are bytes that break HTTP itself (<see cref="RawRequests"/>).
/// </summary>
internal sealed class HttpInputs(
    Random random, FuzzText text, JsonBodies bodies, TelegramUpdates updates, RawRequests raw, OperatorRequests operators,
    IReadOnlyList<StartConversationResponse> chats)
{
    public const string Conversations = "/api/chat/conversations";
    public const string WebhookSecret = "fuzz-secret";

    /// <summary>Telegram's webhook as Telegram calls it: this path, the secret in this header.</summary>
    public const string Webhook = "/api/telegram/webhook";
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"];

    private static readonly string[] Routes =
    [
        "/", "/health", "/widget.js", "/api/chat/openapi/chat.json", "/operator", "/operator/console.js", "/operator/console.css",
        "/api/operator/login", "/api/operator/me", "/api/operator/logout", "/api/operator/queue", "/api/operator/events",
        "/api/operator/conversations/web:x", "/api/operator/conversations/web:x/claim", "/api/operator/admin/accounts",
        "/api/operator/admin/trainings", "/api/operator/admin/trainings/x/enrollments", "/api/operator/admin/surveys/x/results",
        "/api/operator/admin/campaigns/x/open", "/api/operator/trainings/x/attendance", Webhook, Conversations,
        "/favicon.ico", "/.env", "/api", "/api/chat", "/api/chat/conversations/x", "/api/chat/conversations/x/y/z",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json", "*/*", "x",
    ];

    private int _messageIds;

    public HttpFuzzInput Next() => random.Next(24) switch
    {
        < 8 => Message(),
        < 10 => new HttpFuzzInput("POST", Conversations + Query(), Headers(null), random.Next(3) == 0 ? null : bodies.Any()),
        10 => History(),
        11 => Events(),
        12 => Ticket(),
        < 15 => Other(),
        < 18 => Update(),
        < 21 => operators.Next(Headers(null)),
        _ => HttpFuzzInput.Bytes(raw.Next()),
    };

    private HttpFuzzInput Message()
    {
        var (id, token) = Chat();
        var clientMessageId = random.Next(4) switch
        {
            0 => null,
            1 => "m" + random.Next(5),
            _ => "m" + (++_messageIds).ToString(CultureInfo.InvariantCulture),
        };
        return new HttpFuzzInput("POST", $"{Conversations}/{id}/messages{Query()}", Headers(token), bodies.Message(clientMessageId));
    }

    private HttpFuzzInput History()
    {
        var (id, token) = Chat();
        return new HttpFuzzInput(text.Pick(["GET", "GET", "HEAD", "POST"]), $"{Conversations}/{id}/history{Query()}", Headers(token), null);
    }

    /// <summary>
    /// A stream's start, as the widget opens it: with a ticket fetched just before (for this conversation or another),
    /// a junk one, or the token in a header; and a resume position that may be anything.
    /// </summary>
    private HttpFuzzInput Events()
    {
        var (id, token) = Chat();
        var position = text.Pick(["", "0", "1", "-1", "99999999999999999999", "1.5", "x", " 1", Percent(text.Small())]);
        var headers = Headers(random.Next(3) == 0 ? token : null).ToList();
        if (random.Next(2) == 0)
        {
            headers.Add(("Last-Event-ID", Ascii(position)));
        }

        var resume = random.Next(2) == 0 ? "&lastEventId=" + position : "";
        var real = random.Next(5) == 0 ? text.Pick(chats) : chats.FirstOrDefault(c => c.ConversationId == id) ?? text.Pick(chats);
        return random.Next(6) switch
        {
            < 4 => new HttpFuzzInput("GET", $"{Conversations}/{id}/events?ticket={HttpFuzzInput.TicketMark}{resume}", headers, null)
            {
                TicketFor = (real.ConversationId, real.Token),
            },
            4 => new HttpFuzzInput("GET", $"{Conversations}/{id}/events?ticket={Percent(text.Pick(["", "x", token ?? "", text.Small(), new string('A', random.Next(100, 3_000))]))}{resume}", headers, null),
            _ => new HttpFuzzInput("GET", $"{Conversations}/{id}/events{Query()}", headers, null),
        };
    }

    /// <summary>A ticket asked for with real and bad ids, tokens and bodies.</summary>
    private HttpFuzzInput Ticket()
    {
        var (id, token) = Chat();
        return new HttpFuzzInput(text.Pick(["POST", "POST", "POST", "GET"]), $"{Conversations}/{id}/events/ticket{Query()}", Headers(token), random.Next(2) == 0 ? null : bodies.Any());
    }

    private HttpFuzzInput Other() => new(
        text.Pick(Methods),
        text.Pick(Routes) + (random.Next(4) == 0 ? "/" + Segment() : "") + Query(),
        Headers(random.Next(3) == 0 ? text.Pick(chats).Token : null),
        random.Next(2) == 0 ? null : bodies.Any());

    /// <summary>An update for Telegram's webhook, mostly with the secret Telegram sends.</summary>
    private HttpFuzzInput Update()
    {
        var headers = Headers(null);
        if (random.Next(8) != 0)
        {
            headers.Add((SecretHeader, random.Next(10) == 0 ? WebhookSecret + "x" : WebhookSecret));
        }

        return new HttpFuzzInput("POST", Webhook, headers, random.Next(10) == 0 ? bodies.Any() : updates.Next());
    }

    /// <summary>A conversation of this service with its token, or a bad id, or another conversation's token.</summary>
    private (string Id, string? Token) Chat()
    {
        var chat = text.Pick(chats);
        return random.Next(10) switch
        {
            < 6 => (chat.ConversationId, chat.Token),
            6 => (chat.ConversationId, text.Pick(chats).Token),
            7 => (chat.ConversationId, text.Pick(["", " ", "x", chat.Token + "x", chat.Token[..^1], new string('a', random.Next(100, 20_000))])),
            8 => (Segment(), chat.Token),
            _ => (chat.ConversationId, null),
        };
    }

    private List<(string Name, string Value)> Headers(string? token)
    {
        var headers = new List<(string, string)>();
        if (token is not null)
        {
            headers.Add(("Authorization", text.Pick(["Bearer ", "bearer ", "BEARER ", "Bearer  ", "Basic ", "", "Bearer\t"]) + token));
        }

        switch (random.Next(8))
        {
            case 0:
                headers.Add(("Content-Type", text.Pick(ContentTypes)));
                break;
            case 1:
                headers.Add(("Content-Encoding", text.Pick(["gzip", "br", "deflate", "x"])));
                break;
            case 2:
                headers.Add(("Origin", text.Pick(["https://evil.example", "null", "http://127.0.0.1", Ascii(text.Small())])));
                break;
            case 3:
                headers.Add(("Accept", text.Pick(["text/event-stream", "application/xml", "*/*;q=x", Ascii(text.Small())])));
                break;
            case 4:
                headers.Add(("X-Forwarded-For", text.Pick(["1.2.3.4", "::1", "x", "999.999.999.999", Ascii(text.Small())])));
                break;
        }

        return headers;
    }

    /// <summary>A path segment: well-formed but unknown ids, very long ones, percent-encoded junk, dots.</summary>
    private string Segment() => random.Next(8) switch
    {
        0 => "AAAAAAAAAAAAAAAAAAAAAA",
        1 => new string('x', random.Next(200, 6_000)),
        2 => text.Pick(["%00", "%FF%FE", "%C0%AF", "%E0%80%80", "%ED%A0%80", "%2F", "%2e%2e", "..", "~", "%", "%zz", "%25"]),
        3 => text.Pick(["null", "undefined", "0", "-1", "web:x", "telegram:1", "x;y", "x,y", "$", "@"]),
        _ => Percent(text.Small()),
    };

    private string Query() => random.Next(6) == 0
        ? "?" + text.Pick(["a=1", "token=x", "a", "=", "&&", "a=%FF", "a=" + new string('b', random.Next(100, 5_000)), Percent(text.Small())])
        : "";

    /// <summary>UTF-8 percent-encoded (a lone surrogate becomes U+FFFD on the way, as any client sends it).</summary>
    public static string Percent(string value) => string.Concat(Encoding.UTF8.GetBytes(value).Select(b =>
        char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~' ? ((char)b).ToString() : "%" + b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>Printable ASCII only, as HttpClient insists; other bytes in headers go raw.</summary>
    public static string Ascii(string value) => new(value.Where(c => c is >= ' ' and < '\u007F').ToArray());
}
