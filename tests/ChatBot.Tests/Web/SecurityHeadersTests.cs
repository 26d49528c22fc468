using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Web;

/// <summary>
/// What every answer says about itself: nosniff and no referrer on all of them; the demo page's policy lets only this
/// service's script and its own hashed style in and no site frame it; the operators' console allows no inline style;
/// the widget script stays embeddable.
/// </summary>
public sealed class SecurityHeadersTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/widget.js")]
    [InlineData("GET", "/health")]
    [InlineData("GET", "/operator")]
    [InlineData("GET", "/api/chat/openapi/chat.json")]
    [InlineData("GET", "/api/operator/openapi/operator.json")]
    [InlineData("POST", "/api/chat/conversations")]
    [InlineData("GET", "/api/chat/conversations/AAAAAAAAAAAAAAAAAAAAAA/history")]
    [InlineData("GET", "/api/operator/queue")]
    [InlineData("GET", "/no-such-page")]
    public async Task EveryAnswerIsNosniffAndSendsNoReferrer(string method, string path)
    {
        using var response = await host.Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task TheDemoPageRunsOnlyThisServicesScriptAndItsOwnHashedStyleAndIsFramedByNoSite()
    {
        using var response = await host.Client().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains($"style-src 'self' 'sha256-{hash}';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task TheOperatorsConsoleTakesItsStylesFromItsOwnStylesheetAndAllowsNoInlineStyle()
    {
        using var response = await host.Client().GetAsync("/operator");
        var html = await response.Content.ReadAsStringAsync();
        var script = await host.Client().GetStringAsync("/operator/console-common.js") + await host.Client().GetStringAsync("/operator/console.js");
        using var styles = await host.Client().GetAsync("/operator/console.css");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal("default-src 'self'; frame-ancestors 'none'", policy);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\sstyle\s*=", html);
        Assert.DoesNotMatch(@"\.style\b|\.cssText|setAttribute\(\s*[""']style", script);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/operator/console.css\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.Contains("#conversation{display:flex;flex-direction:column;height:100%}", await styles.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnchangedDemoPageKeepsItsPolicyOnA304()
    {
        using var first = await host.Client().GetAsync("/");
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

        using var again = await host.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.True(again.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task TheWidgetScriptMayBeLoadedByAnySite()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.Add("Origin", "https://portal.example");

        using var response = await host.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.False(response.Headers.Contains("Cross-Origin-Resource-Policy"));
        Assert.DoesNotContain("frame-ancestors", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
