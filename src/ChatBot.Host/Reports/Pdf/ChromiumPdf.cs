using System.Diagnostics;

namespace ChatBot.Host.Reports.Pdf;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium, as a reader would from the browser: the report's own print
/// styles (A4, a page per section) decide the layout. Chromium is looked for on the PATH.
/// </summary>
public static class ChromiumPdf
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The browser's path on <paramref name="searchPath"/> (the process's PATH by default), or null when there is none.</summary>
    public static string? Find(string? searchPath = null) => (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
        .FirstOrDefault(File.Exists);

    /// <exception cref="ChromiumMissingException">No Chromium is installed.</exception>
    /// <exception cref="IOException">Chromium ran but wrote no PDF.</exception>
    public static async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken, string? searchPath = null)
    {
        var browser = Find(searchPath) ?? throw new ChromiumMissingException();
        var folder = Directory.CreateTempSubdirectory("chatbot-report-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                    "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri,
                },
            };
            using var process = Process.Start(start) ?? throw new ChromiumMissingException();
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(Limit);
            var drained = Task.WhenAll(process.StandardOutput.ReadToEndAsync(limit.Token), process.StandardError.ReadToEndAsync(limit.Token));
            await process.WaitForExitAsync(limit.Token);
            await drained;
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, cancellationToken) : throw new IOException($"{browser} wrote no PDF (exit code {process.ExitCode})");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>The PDF needs Chromium and there is none; the message is the one line the user reads.</summary>
public sealed class ChromiumMissingException()
    : FormatException("--format pdf prints the HTML report with Chromium, which is not installed (apt-get install chromium); use --format html and print it from a browser");
