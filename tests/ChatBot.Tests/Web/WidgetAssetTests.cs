using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Web.Widget;
using Xunit.Abstractions;

namespace ChatBot.Tests.Web;

/// <summary>/widget.js and the demo page as the service serves them.</summary>
public sealed class WidgetAssetTests(WebChatHost host, ITestOutputHelper output) : IClassFixture<WebChatHost>
{
    public const int MaxGzipBytes = 25 * 1024;

    [Fact]
    public async Task TheWidgetIsUnder25KbGzippedCssIncluded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await host.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var gzipped = await response.Content.ReadAsByteArrayAsync();
        var plain = Gunzip(gzipped);
        output.WriteLine($"widget.js: {plain.Length} bytes, {gzipped.Length} bytes gzipped ({gzipped.Length / 1024.0:0.0} KiB), CSS and texts included");
        Assert.True(gzipped.Length < MaxGzipBytes, $"widget.js is {gzipped.Length} bytes gzipped; the budget is {MaxGzipBytes}");
        Assert.Contains("prefers-reduced-motion", System.Text.Encoding.UTF8.GetString(plain), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWidgetCarriesItsLabelsFromTextsYamlInBothLanguages()
    {
        var script = await host.Client().GetStringAsync("/widget.js");

        var texts = host.Service<KnowledgeBase>().Texts;
        Assert.DoesNotContain(WidgetAssets.TextsPlaceholder, script, StringComparison.Ordinal);
        foreach (var key in WidgetTexts.Keys)
        {
            Assert.Contains(texts.Get(key, Language.Ru).Trim(), script, StringComparison.Ordinal);
            Assert.Contains(texts.Get(key, Language.Kk).Trim(), script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheWidgetNeverPutsReceivedTextIntoHtml()
    {
        var script = await host.Client().GetStringAsync("/widget.js");

        // One innerHTML, for the fixed skeleton; no insertAdjacentHTML, outerHTML or document.write at all.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(script, @"\.innerHTML\s*="));
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnchangedWidgetIsA304()
    {
        var client = host.Client();
        using var first = await client.GetAsync("/widget.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task TheDemoPageEmbedsTheWidgetWithOneScriptTag()
    {
        using var response = await host.Client().GetAsync("/");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/widget.js\" data-lang=\"ru\" defer></script>", page, StringComparison.Ordinal);
    }

    private static byte[] Gunzip(byte[] gzipped)
    {
        using var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
