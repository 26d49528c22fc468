using System.Net;

namespace ChatBot.Tests.Operators;

/// <summary>
/// A session ends for good when its account's stamp changes: a copy of its cookie kept from before (another tab,
/// another computer, a thief's copy) answers 401 from then on.
/// </summary>
public sealed class SessionRevocationTests : IDisposable
{
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<OperatorClient> CopyOfTheSessionOfAsync(OperatorClient client)
    {
        var copy = _host.Replaying(client.SessionCookie!);
        using var before = await copy.GetAsync("/me");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        return copy;
    }

    private static async Task AssertSignedOutAsync(OperatorClient client)
    {
        using var response = await client.GetAsync("/queue");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ALogoutEndsTheSessionOnEveryRequestAfterIt()
    {
        var aigerim = await _host.OperatorAsync();
        var copy = await CopyOfTheSessionOfAsync(aigerim);

        using (var logout = await aigerim.LogoutAsync())
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        await AssertSignedOutAsync(copy);
        await AssertSignedOutAsync(aigerim);
    }

    [Fact]
    public async Task ALogoutEndsTheOperatorsSessionsOnOtherComputersToo()
    {
        var here = await _host.OperatorAsync();
        var elsewhere = await _host.OperatorAsync();

        (await here.LogoutAsync()).Dispose();

        await AssertSignedOutAsync(elsewhere);
        var daulet = await _host.OperatorAsync("daulet");
        (await daulet.GetAsync("/queue")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ANewPasswordEndsTheSessionsThatBeganWithTheOldOne()
    {
        var aigerim = await _host.OperatorAsync();
        var copy = await CopyOfTheSessionOfAsync(aigerim);
        var admin = await _host.AdminAsync();

        (await admin.PostAsync("/admin/accounts/aigerim/password", new { password = "brand-new-pass" })).EnsureSuccessStatusCode();

        await AssertSignedOutAsync(copy);
        await AssertSignedOutAsync(aigerim);
        var again = await _host.Anonymous().SignedInAsync("aigerim", "brand-new-pass");
        (await again.GetAsync("/queue")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task DisablingEndsTheSessionAndEnablingAgainDoesNotBringItBack()
    {
        var aigerim = await _host.OperatorAsync();
        var copy = await CopyOfTheSessionOfAsync(aigerim);
        var admin = await _host.AdminAsync();

        (await admin.PostAsync("/admin/accounts/aigerim/disable")).EnsureSuccessStatusCode();
        await AssertSignedOutAsync(copy);
        (await admin.PostAsync("/admin/accounts/aigerim/enable")).EnsureSuccessStatusCode();

        await AssertSignedOutAsync(copy);
        var again = await _host.OperatorAsync();
        (await again.GetAsync("/queue")).EnsureSuccessStatusCode();
    }
}
