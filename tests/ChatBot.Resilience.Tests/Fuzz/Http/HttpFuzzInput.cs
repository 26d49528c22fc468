using System.Text;

namespace ChatBot.Resilience.Tests.Fuzz.Http;

/// <summary>
/// One generated request: a method, a target and headers sent by <see cref="HttpClient"/>, or bytes written as they are
/// to a socket when they break HTTP itself (<see cref="Raw"/>).
/// </summary>
internal sealed record HttpFuzzInput(string Method, string Target, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body, byte[]? Raw = null)
{
    /// <summary>Stands in the target for a stream ticket that the fuzzer asks for just before sending (tickets live a minute).</summary>
    public const string TicketMark = "__ticket__";

    /// <summary>The conversation and token to ask a ticket for, in place of <see cref="TicketMark"/>.</summary>
    public (string ConversationId, string Token)? TicketFor { get; init; }

    public static HttpFuzzInput Bytes(byte[] raw) => new("", "", [], null, raw);

    public override string ToString() => Raw is not null
        ? "raw bytes " + Printable.Of(Encoding.Latin1.GetString(Raw))
        : $"{Method} {Printable.Of(Target)} headers [{string.Join(", ", Headers.Select(h => h.Name + ": " + Printable.Of(h.Value)))}] "
            + $"body {(Body is null ? "none" : Printable.Of(Encoding.Latin1.GetString(Body)))}";
}
