using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Operators.Accounts;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Operators;

public sealed class OperatorAccountsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();
    private readonly ChatBotDatabase _database;
    private readonly OperatorAccounts _accounts;

    public OperatorAccountsTests()
    {
        _database = new ChatBotDatabase(_folder.File(ChatBotDatabase.FileName), "test-password");
        _accounts = new OperatorAccounts(new LiteOperatorAccounts(_database));
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
        Assert.IsType<SignInResult.Success>(_accounts.SignIn("AIGERIM", "correct-horse-7", Now));
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
    public void AResetPasswordLiftsTheLockOut()
    {
        _accounts.Add("aigerim", OperatorRoles.Operator, "correct-horse-7", Now);
        for (var i = 0; i < OperatorAccounts.MaxFailedLogins; i++)
        {
            _accounts.SignIn("aigerim", "wrong", Now);
        }

        Assert.IsType<SignInResult.LockedOut>(_accounts.SignIn("aigerim", "correct-horse-7", Now));
        Assert.True(_accounts.ResetPassword("aigerim", "brand-new-pass"));
        Assert.IsType<SignInResult.Success>(_accounts.SignIn("aigerim", "brand-new-pass", Now));
    }
}
