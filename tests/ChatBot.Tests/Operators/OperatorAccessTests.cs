using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ChatBot.Tests.Operators;

/// <summary>Every endpoint refuses a caller without a session (401) and one of the other role (403); one service for all.</summary>
public sealed class OperatorAccessTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    public static TheoryData<string, string> OperatorEndpoints => new()
    {
        { "GET", "/queue" },
        { "GET", "/events" },
        { "GET", "/canned" },
        { "GET", "/conversations/web%3Aabc" },
        { "POST", "/conversations/web%3Aabc/claim" },
        { "POST", "/conversations/web%3Aabc/messages" },
        { "POST", "/conversations/web%3Aabc/notes" },
        { "POST", "/conversations/web%3Aabc/transfer" },
        { "POST", "/conversations/web%3Aabc/release" },
        { "POST", "/conversations/web%3Aabc/close" },
    };

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/admin/accounts" },
        { "GET", "/admin/audit" },
        { "GET", "/admin/canned" },
        { "POST", "/admin/accounts" },
        { "POST", "/admin/accounts/aigerim/disable" },
        { "POST", "/admin/accounts/aigerim/enable" },
        { "POST", "/admin/accounts/aigerim/password" },
        { "POST", "/admin/canned" },
    };

    private static Task<HttpResponseMessage> Call(OperatorClient client, string method, string path) =>
        method == "GET" ? client.GetAsync(path) : client.PostAsync(path, new { text = "x" });

    [Theory]
    [MemberData(nameof(OperatorEndpoints))]
    [MemberData(nameof(AdminEndpoints))]
    public async Task WithoutASessionEveryEndpointIs401(string method, string path)
    {
        using var response = await Call(host.Anonymous(), method, path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("sign in", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(OperatorEndpoints))]
    public async Task AnAdminIsRefusedTheConversationsWith403(string method, string path)
    {
        using var response = await Call(await host.AdminAsync(), method, path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task AnOperatorIsRefusedTheAdminPagesWith403(string method, string path)
    {
        using var response = await Call(await host.OperatorAsync(), method, path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheKeysThatSignSessionsAreKeptInTheDataFolderForTheOwnerOnly()
    {
        await host.OperatorAsync();

        var folder = Path.Combine(host.DataDir, ChatBot.Host.Composition.SessionKeys.FolderName);
        Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
    }

    [Fact]
    public async Task EachSessionKeyIsSealedOnDiskOwnerOnlyAndOpensAgain()
    {
        await host.OperatorAsync();

        var files = Directory.GetFiles(Path.Combine(host.DataDir, ChatBot.Host.Composition.SessionKeys.FolderName), "key-*.xml");
        Assert.All(files, file =>
        {
            var xml = File.ReadAllText(file);
            Assert.Contains("<sealedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        });

        // Read back from the folder, as after a restart: each opens under the same database password.
        Assert.All(host.Service<IKeyManager>().GetAllKeys(), key => Assert.NotNull(key.Descriptor));
    }
}
