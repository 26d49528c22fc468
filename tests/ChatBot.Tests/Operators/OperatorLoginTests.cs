using System.Net;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;

namespace ChatBot.Tests.Operators;

/// <summary>
/// The login against guessing: one refusal for every reason, a throttle per client address, and a lock of a login
/// from one address that an outsider cannot turn against the owner.
/// </summary>
public sealed class OperatorLoginTests : IDisposable
{
    private const string Outsider = "203.0.113.9";
    private const string Office = "198.51.100.20";
    private readonly OperatorHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<HttpResponseMessage> LoginAsync(string from, string login, string password) =>
        await _host.Anonymous(from).LoginAsync(login, password);

    private async Task<HttpStatusCode> StatusAsync(string from, string login, string password)
    {
        using var response = await LoginAsync(from, login, password);
        return response.StatusCode;
    }

    [Fact]
    public async Task AnUnknownLoginAWrongPasswordADisabledAccountAndALockAllGetTheSameAnswerOnlyTheAuditLogTellsThemApart()
    {
        _host.Service<OperatorAccounts>().SetDisabled("daulet", true);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Outsider, "aigerim", "guess-" + i));
        }

        using var unknown = await LoginAsync(Office, "nobody", "guess-1");
        using var wrong = await LoginAsync(Office, "aigerim", "guess-1");
        using var disabled = await LoginAsync(Office, "daulet", OperatorHost.Password);
        using var locked = await LoginAsync(Outsider, "aigerim", OperatorHost.Password);

        var answers = new[] { unknown, wrong, disabled, locked };
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Contains("wrong login or password", bodies[0]);
        var failures = _host.Service<IAuditLog>().Recent(4).Where(e => e.Action == AuditActions.LoginFailed).Select(e => (e.Operator, e.Detail)).Reverse();
        Assert.Equal(
            [("nobody", "unknown login from " + Office), ("aigerim", "wrong password from " + Office), ("daulet", "disabled from " + Office), ("aigerim", "locked out from " + Outsider)],
            failures);
    }

    [Fact]
    public async Task ManyWrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother()
    {
        for (var i = 0; i < 40; i++)
        {
            Assert.NotEqual(HttpStatusCode.OK, await StatusAsync(Outsider, "admin", "guess-" + i));
        }

        Assert.NotEqual(HttpStatusCode.OK, await StatusAsync(Outsider, "admin", OperatorHost.Password));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Office, "admin", OperatorHost.Password));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheLoginFromThatAddressForFifteenMinutes()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Outsider, "aigerim", "guess-" + i));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Outsider, "aigerim", OperatorHost.Password));
        _host.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Outsider, "aigerim", OperatorHost.Password));
    }

    [Fact]
    public async Task TheEleventhRefusedLoginFromOneAddressInAMinuteIs429WithRetryAfterWhateverLoginItTries()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Outsider, "guess-" + i, "guess-" + i));
        }

        using var throttled = await LoginAsync(Outsider, "aigerim", OperatorHost.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("60", throttled.Headers.GetValues("Retry-After").Single());
        Assert.Contains("too many failed logins from this address", await throttled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Office, "daulet", OperatorHost.Password));

        _host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Outsider, "aigerim", OperatorHost.Password));
    }

    [Fact]
    public async Task ANewPasswordLiftsTheLock()
    {
        for (var i = 0; i < 5; i++)
        {
            await StatusAsync(Office, "aigerim", "guess-" + i);
        }

        var admin = await _host.Anonymous(Outsider).SignedInAsync("admin", OperatorHost.Password);
        (await admin.PostAsync("/admin/accounts/aigerim/password", new { password = "brand-new-pass" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Office, "aigerim", "brand-new-pass"));
    }
}
