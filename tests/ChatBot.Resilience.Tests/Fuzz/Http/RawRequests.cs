using System.Text;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// Bytes that break HTTP/1.1 itself, for a socket: noise, a TLS or HTTP/2 greeting, broken request lines, versions
/// that do not exist, header names and values with control or non-ASCII bytes, headers past the size limits, lying
/// or doubled Content-Length, broken chunked encoding, no Host. Each asks the server to close the connection after.
/// </summary>
internal sealed class RawRequests(Random random, FuzzText text)
{
    private const string Chat = "/api/chat/conversations";

    public byte[] Next() => random.Next(12) switch
    {
        0 => Noise(random.Next(1, 3_000)),
        1 => Latin1(text.Pick(["PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", "\r\n\r\n", "GET\r\n\r\n"])),
        2 => Request(text.Pick(["GET / HTTP/9.9", "GET / HTTP/1.1 x", "GET  / HTTP/1.1", "get / HTTP/1.1", "GET / http/1.1", "GET HTTP/1.1", "GET /\t HTTP/1.1", "G\u00c9T / HTTP/1.1", "GET / HTTP/1.1\r"]), Host),
        3 => Request("GET /" + Latin1String(Noise(random.Next(1, 50))) + " HTTP/1.1", Host),
        4 => Request($"POST {Chat} HTTP/1.1", Host, text.Pick(["Content-Length: -1", "Content-Length: abc", "Content-Length: 99999999999999999999", "Content-Length: 5\r\nContent-Length: 6", "Content-Length: 1 2"])),
        5 => [.. Request($"POST {Chat} HTTP/1.1", Host, "Content-Length: " + random.Next(50, 500)), .. "{\"lang\":"u8],
        6 => Request($"POST {Chat} HTTP/1.1", Host, "Transfer-Encoding: " + text.Pick(["chunked\r\n\r\nzz\r\n", "chunked\r\n\r\n5\r\n{\"la", "gzip", "chunked, chunked", "identity"]), "Content-Length: 3"),
        7 => Request("GET /health HTTP/1.1", Host, Latin1String(Noise(random.Next(1, 40))) + ": x"),
        8 => Request("GET /health HTTP/1.1", Host, "X-Fuzz: " + Latin1String(Noise(random.Next(1, 40)))),
        9 => Request("GET /health HTTP/1.1", Host, "X-Big: " + new string('a', random.Next(33_000, 70_000))),
        10 => Request("GET /health HTTP/1.1", Host, string.Join("\r\n", Enumerable.Range(0, random.Next(100, 400)).Select(i => $"X-{i}: {i}"))),
        _ => Request("GET " + "/" + new string('a', random.Next(9_000, 70_000)) + " HTTP/1.1", Host),
    };

    private static string Host => "Host: 127.0.0.1";

    private static byte[] Request(string line, params string[] headers) =>
        Latin1(line + "\r\n" + string.Concat(headers.Select(h => h + "\r\n")) + "Connection: close\r\n\r\n");

    private byte[] Noise(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static string Latin1String(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
