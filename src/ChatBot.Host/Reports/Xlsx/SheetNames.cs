namespace ChatBot.Host.Reports.Xlsx;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, each different (case aside);
/// a second "Сессии" becomes "Сессии (2)".
/// </summary>
internal sealed class SheetNames
{
    private const int MaxLength = 31;
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string For(string title)
    {
        var clean = new string([.. title.Select(c => "[]:*?/\\".Contains(c) ? '-' : c)]).Trim().Trim('\'');
        clean = clean.Length == 0 ? "Лист" : clean;
        var name = Fit(clean, "");
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = Fit(clean, $" ({n})");
        }

        return name;
    }

    private static string Fit(string name, string suffix) =>
        (name.Length + suffix.Length > MaxLength ? name[..(MaxLength - suffix.Length)].TrimEnd() : name) + suffix;
}
