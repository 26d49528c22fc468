using ChatBot.Host.Reports.Pdf;

namespace ChatBot.Tests.Reports;

public sealed class ChromiumPdfTests
{
    [Fact]
    public async Task WithoutChromiumThePdfIsRefusedInOneLineThatSaysWhatToInstallAndWhatToUseInstead()
    {
        var empty = Path.Combine(Path.GetTempPath(), "no-browsers-here-" + Guid.NewGuid().ToString("N"));

        var refused = await Assert.ThrowsAsync<ChromiumMissingException>(() => ChromiumPdf.PrintAsync("<p>x</p>", CancellationToken.None, empty));

        Assert.Null(ChromiumPdf.Find(empty));
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains("apt-get install chromium", refused.Message);
        Assert.Contains("--format html", refused.Message);
    }
}
