using System.Globalization;
using System.Text;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// Bodies for the JSON endpoints: the right shape with fuzzed strings, and everything else a client gets wrong (bad
/// syntax, nesting thousands deep, wrong types, nulls, duplicate and unknown fields, invalid UTF-8, a byte order mark,
/// UTF-16, bodies past the 64 KB limit). Strings are written with every character outside printable ASCII escaped, so
/// a lone surrogate reaches the server's parser as <c>\ud800</c>.
/// </summary>
internal sealed class JsonBodies(Random random, FuzzText text, ForgedPayloads payloads)
{
    /// <summary>A message body: mostly a text or a payload the engine will take, otherwise anything.</summary>
    public byte[] Message(string? clientMessageId) => random.Next(10) switch
    {
        < 3 => Object(("text", Quote(text.Next())), ("clientMessageId", Maybe(clientMessageId))),
        < 5 => Object(("payload", Quote(payloads.Next(null, null, ["simplified-tax-webinar", "no-such-training"], ["no-such-enrollment"]))),
            ("clientMessageId", Maybe(clientMessageId))),
        < 7 => Object((text.Pick(["text", "payload", "clientMessageId", "Text", "TEXT", "lang", "", "\u0000"]), WrongValue())),
        _ => Broken(),
    };

    /// <summary>A body for the start of a conversation or any other JSON endpoint.</summary>
    public byte[] Any() => random.Next(4) switch
    {
        0 => Object(("lang", text.Pick(["\"ru\"", "\"kk\"", "\"en\"", "\"\"", "null", Quote(text.Small()), WrongValue()]))),
        1 => Object(("login", Quote(text.Small())), ("password", Quote(text.Small()))),
        2 => Object(("title", WrongValue()), ("capacity", WrongValue()), ("startsAt", WrongValue())),
        _ => Broken(),
    };

    private string Maybe(string? clientMessageId) => clientMessageId is null ? "null" : Quote(clientMessageId);

    private string WrongValue() => text.Pick(
    [
        "5", "-1", "1e999", "-0.0", "true", "false", "null", "[]", "[\"x\"]", "{}", "{\"text\":\"x\"}", "\"\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\uZZZZ\"", "\"\\x41\"", "0x10", "NaN", "Infinity", "'x'", "x",
        Quote(new string('x', random.Next(4_000, 5_000))), Quote(text.Next()),
    ]);

    private byte[] Broken() => random.Next(12) switch
    {
        0 => [],
        1 => Encoding.UTF8.GetBytes(text.Pick(["{", "}", "[", "\"", "{\"text\":", "{\"text\":\"a\"", "{\"text\":\"a\",}", "{text:\"a\"}", "{'text':'a'}", "null", "[]", "0", "\"x\""])),
        2 => Encoding.UTF8.GetBytes(new string('[', random.Next(65, 20_000))),
        3 => Encoding.UTF8.GetBytes(Deep(random.Next(60, 5_000))),
        4 => [.. "{\"text\":\""u8, .. Junk(random.Next(1, 20)), .. "\"}"u8],
        5 => [0xEF, 0xBB, 0xBF, .. "{\"text\":\"привет\"}"u8],
        6 => Encoding.Unicode.GetBytes("{\"text\":\"привет\"}"),
        7 => Junk(random.Next(1, 2_000)),
        8 => Encoding.UTF8.GetBytes("{\"text\":\"a\",\"text\":\"b\",\"payload\":\"menu\"}"),
        9 => Encoding.UTF8.GetBytes("{\"text\":\"" + new string('я', random.Next(30_000, 40_000)) + "\"}"),
        10 => Encoding.UTF8.GetBytes(" \t\r\n "),
        _ => Encoding.UTF8.GetBytes("{\"text\":\"привет\"}" + text.Pick(["x", "}", "{}", "\0", " // comment", ",", "\n{\"text\":\"b\"}"])),
    };

    private static byte[] Object(params (string Name, string Value)[] fields) =>
        Encoding.UTF8.GetBytes("{" + string.Join(",", fields.Select(f => Quote(f.Name) + ":" + f.Value)) + "}");

    /// <summary>Nested objects <paramref name="depth"/> deep around a text.</summary>
    private static string Deep(int depth) =>
        string.Concat(Enumerable.Repeat("{\"text\":", depth)) + "\"x\"" + new string('}', depth);

    /// <summary>Bytes that are not UTF-8: continuation bytes alone, overlong forms, surrogates encoded, 0xFE and 0xFF.</summary>
    private byte[] Junk(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        bytes[0] = text.Pick(new byte[] { 0x80, 0xC0, 0xC1, 0xED, 0xF5, 0xFE, 0xFF });
        return bytes;
    }

    /// <summary>A JSON string literal with everything but printable ASCII escaped as <c>\uXXXX</c>.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
