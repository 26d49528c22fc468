using System.Globalization;

namespace ChatBot.Testing.InMemory;

/// <summary>
/// Strings compared as LiteDB's default collation compares them: by the culture current when the file was created,
/// ignoring letter case. LiteDB applies it to every key and to every string comparison inside a query, so
/// "web:Abc" finds "web:abc" and ids sort as the culture sorts them; the twin follows it, so that a test on it
/// sees what the service sees.
/// </summary>
internal static class LiteDbCollation
{
    public static StringComparer OfCurrentCulture() => StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
}
