using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ChatBot.Browser.Tests;

/// <summary>A page's screenshot in <see cref="BrowserFixture.Screenshots"/>, its path written to the test's output.</summary>
public static class Screenshot
{
    public static async Task SaveAsync(IPage page, string name, ITestOutputHelper output, bool fullPage = true)
    {
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var path = Path.Combine(BrowserFixture.Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        output.WriteLine("screenshot: " + path);
    }
}
