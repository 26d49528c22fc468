using System.Net;
using ChatBot.Tests.Web;

namespace ChatBot.Tests.Operators;

/// <summary>Every page of the console loads the shared helpers first, served like the pages' own scripts.</summary>
public sealed class ConsolePageScriptsTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    private const string Common = "<script src=\"/operator/console-common.js\"></script>";

    [Theory]
    [InlineData("/operator", "/operator/console.js")]
    [InlineData("/operator/knowledge", "/operator/knowledge.js")]
    [InlineData("/operator/inbox", "/operator/inbox.js")]
    public async Task APageLoadsTheSharedHelpersBeforeItsOwnScript(string page, string script)
    {
        var html = await host.Client().GetStringAsync(page);

        var common = html.IndexOf(Common, StringComparison.Ordinal);
        var own = html.IndexOf($"<script src=\"{script}\"></script>", StringComparison.Ordinal);
        Assert.True(common >= 0, page + " does not load the shared helpers");
        Assert.True(own > common, page + " loads its own script before the shared helpers");
    }

    [Fact]
    public async Task TheSharedHelpersAreServedAsAScriptThatIsAskedForAgainEachTime()
    {
        using var response = await host.Client().GetAsync("/operator/console-common.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("var ChatBotConsole", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
