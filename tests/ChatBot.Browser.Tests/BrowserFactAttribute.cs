namespace ChatBot.Browser.Tests;

/// <summary>A browser test: reported skipped, never passed, where Debian's Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Debian's chromium is not installed at {ChromiumPath}";
        }
    }
}
