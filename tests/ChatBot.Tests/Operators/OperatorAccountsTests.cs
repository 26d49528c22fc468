using System.Diagnostics;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Operators;

public sealed class OperatorAccountsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();
    private readonly ChatBotDatabase _database;
    private readonly OperatorAccounts _accounts;
    private readonly OperatorSignIn _signIn;

    public OperatorAccountsTests()
    {
        _database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), "test-password");
        _accounts = new OperatorAccounts(new LiteOperatorAccounts(_database));

        // Limits no test here reaches: these tests are about accounts, LoginGuardTests about the limits.
        _signIn = new OperatorSignIn(_accounts, new LoginGuard(new FakeTimeProvider(Now), new LoginLimits(10_000, 10_000, TimeSpan.FromMinutes(15))));
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void ThePasswordIsStoredOnlyAsAnIdentityV3Hash()
    {
        var account = _accounts.Add("Aigerim", OperatorRoles.Operator, "correct-horse-7", Now);

        Assert.Equal("aigerim", account.Id);
        Assert.DoesNotContain("correct-horse-7", account.PasswordHash);
        Assert.Equal(1, Convert.FromBase64String(account.PasswordHash)[0]); // format marker of Identity's v3 hashes
        Assert.IsType<SignInResult.Success>(_signIn.SignIn("AIGERIM", "correct-horse-7", "10.0.0.1"));
    }

    [Theory]
    [InlineData("ab", "operator", "correct-horse-7", "3-64")]
    [InlineData("aigerim", "root", "correct-horse-7", "role")]
    [InlineData("aigerim", "operator", "short", "8 characters")]
    public void BadAccountsAreRefusedWithTheReason(string login, string role, string password, string reason) =>
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => _accounts.Add(login, role, password, Now)).Message);

    [Fact]
    public void ALoginCannotBeTakenTwice()
    {
        _accounts.Add("aigerim", OperatorRoles.Operator, "correct-horse-7", Now);
        Assert.Contains("exists", Assert.Throws<ArgumentException>(() => _accounts.Add("AIGERIM", OperatorRoles.Admin, "another-pass-8", Now)).Message);
    }

    [Fact]
    public void ALogoutANewPasswordDisablingAndEnablingEachGiveTheAccountANewStamp()
    {
        var stamps = new List<string> { _accounts.Add("aigerim", OperatorRoles.Operator, "correct-horse-7", Now).SecurityStamp };

        _accounts.EndSessions("aigerim");
        stamps.Add(_accounts.Find("aigerim")!.SecurityStamp);
        _accounts.ResetPassword("aigerim", "brand-new-pass");
        stamps.Add(_accounts.Find("aigerim")!.SecurityStamp);
        _accounts.SetDisabled("aigerim", true);
        stamps.Add(_accounts.Find("aigerim")!.SecurityStamp);
        _accounts.SetDisabled("aigerim", false);
        stamps.Add(_accounts.Find("aigerim")!.SecurityStamp);

        Assert.All(stamps, s => Assert.Equal(32, s.Length));
        Assert.Equal(5, stamps.Distinct().Count());
    }

    [Fact]
    public void AnAccountStoredBeforeStampsGetsOneAtItsFirstSignIn()
    {
        _accounts.Add("aigerim", OperatorRoles.Operator, "correct-horse-7", Now);
        var old = _accounts.Find("aigerim")!;
        old.SecurityStamp = "";
        new LiteOperatorAccounts(_database).Update(old);

        var signedIn = Assert.IsType<SignInResult.Success>(_signIn.SignIn("aigerim", "correct-horse-7", "10.0.0.1")).Account;

        Assert.NotEqual("", signedIn.SecurityStamp);
        Assert.Equal(signedIn.SecurityStamp, _accounts.Find("aigerim")!.SecurityStamp);
    }

    [Fact]
    public void AnUnknownLoginTakesAsLongToRefuseAsAWrongPassword()
    {
        _accounts.Add("aigerim", OperatorRoles.Operator, "correct-horse-7", Now);
        _signIn.SignIn("nobody", "warm-up-guess", "10.0.0.1");
        var unknown = new List<double>();
        var known = new List<double>();

        // Interleaved, so that whatever else the machine does slows both alike.
        for (var i = 0; i < 7; i++)
        {
            unknown.Add(Time(() => _signIn.SignIn("nobody-" + i, "guess-" + i, "10.0.0.1")));
            known.Add(Time(() => _signIn.SignIn("aigerim", "guess-" + i, "10.0.0.1")));
        }

        // Without the stand-in hash an unknown login took about a fortieth of the time: half is far from both.
        Assert.InRange(Median(unknown) / Median(known), 0.5, 2.0);
    }

    private static double Time(Func<SignInResult> signIn)
    {
        var watch = Stopwatch.StartNew();
        Assert.IsType<SignInResult.Refused>(signIn());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
