using ChatBot.Core.Operators;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Operators;

/// <summary>The rules against guessing: the address's throttle and the lock of a login from one address.</summary>
public sealed class LoginGuardTests
{
    private const string Outsider = "203.0.113.9";
    private const string Office = "198.51.100.20";
    private static readonly OperatorAccount Admin = new() { Id = "admin", Role = OperatorRoles.Admin };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 5, 0, 0, TimeSpan.Zero));
    private readonly LoginGuard _guard;

    public LoginGuardTests() => _guard = new LoginGuard(_time, new LoginLimits(FailuresPerAddressPerMinute: 100, FailuresPerLoginAndAddress: 5, TimeSpan.FromMinutes(15)));

    private LoginRefusal? Attempt(string login, string address, bool rightPassword, OperatorAccount? account = null, LoginGuard? guard = null)
    {
        guard ??= _guard;
        Assert.True(guard.TryBegin(address, out _));
        return guard.Decide(login, address, login == Admin.Id ? account ?? Admin : account, rightPassword);
    }

    [Fact]
    public void TheFifthWrongPasswordLocksTheLoginFromThatAddressOnly()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(LoginRefusal.WrongPassword, Attempt("admin", Outsider, rightPassword: false));
        }

        Assert.Equal(LoginRefusal.LockedOut, Attempt("admin", Outsider, rightPassword: true));
        Assert.Null(Attempt("admin", Office, rightPassword: true));
    }

    [Fact]
    public void AnUnknownLoginIsLockedLikeAKnownOneSoALockTellsNothing()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(LoginRefusal.UnknownLogin, Attempt("nobody", Outsider, rightPassword: false));
        }

        Assert.Equal(LoginRefusal.LockedOut, Attempt("nobody", Outsider, rightPassword: false));
    }

    [Fact]
    public void TheLockEndsAfterFifteenMinutesAndTheCountStartsAgain()
    {
        for (var i = 0; i < 5; i++)
        {
            Attempt("admin", Outsider, rightPassword: false);
        }

        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(LoginRefusal.LockedOut, Attempt("admin", Outsider, rightPassword: true));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LoginRefusal.WrongPassword, Attempt("admin", Outsider, rightPassword: false));
        Assert.Null(Attempt("admin", Outsider, rightPassword: true));
    }

    [Fact]
    public void WrongPasswordsFurtherApartThanALockOutDoNotAddUp()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(LoginRefusal.WrongPassword, Attempt("admin", Office, rightPassword: false));
            _time.Advance(TimeSpan.FromMinutes(15));
        }
    }

    [Fact]
    public void ARightPasswordStartsTheCountAgain()
    {
        for (var i = 0; i < 4; i++)
        {
            Attempt("admin", Office, rightPassword: false);
        }

        Assert.Null(Attempt("admin", Office, rightPassword: true));
        Assert.Equal(LoginRefusal.WrongPassword, Attempt("admin", Office, rightPassword: false));
    }

    [Fact]
    public void ADisabledAccountIsRefusedOnlyWithItsRightPassword()
    {
        var disabled = new OperatorAccount { Id = "saule", Disabled = true };

        Assert.Equal(LoginRefusal.WrongPassword, Attempt("saule", Office, rightPassword: false, disabled));
        Assert.Equal(LoginRefusal.Disabled, Attempt("saule", Office, rightPassword: true, disabled));
    }

    [Fact]
    public void LiftingALoginEndsItsLocksFromEveryAddress()
    {
        foreach (var address in new[] { Outsider, Office })
        {
            for (var i = 0; i < 5; i++)
            {
                Attempt("admin", address, rightPassword: false);
            }
        }

        _guard.Lift("admin");

        Assert.Null(Attempt("admin", Outsider, rightPassword: true));
        Assert.Null(Attempt("admin", Office, rightPassword: true));
    }

    [Fact]
    public void AnAddressRefusedTenTimesInAMinuteWaitsWhateverLoginItTriesAndOthersDoNot()
    {
        var guard = new LoginGuard(_time);
        for (var i = 0; i < 10; i++)
        {
            Attempt("guess" + i, Outsider, rightPassword: false, guard: guard);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(guard.TryBegin(Outsider, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(50), retryAfter);
        Assert.True(guard.TryBegin(Office, out _));
        _time.Advance(retryAfter);
        Assert.True(guard.TryBegin(Outsider, out _));
    }

    [Fact]
    public void ManyAttemptsAtOnceFromOneAddressPassOnlyUpToTheLimitBeforeAnyIsDecided()
    {
        var guard = new LoginGuard(_time);

        var passed = Enumerable.Range(0, 3454).Count(i => guard.TryBegin(Outsider, out _));

        Assert.Equal(LoginLimits.Default.FailuresPerAddressPerMinute, passed);
    }

    [Fact]
    public void ASuccessfulLoginDoesNotCountAgainstItsAddress()
    {
        var guard = new LoginGuard(_time);
        for (var i = 0; i < 30; i++)
        {
            Assert.Null(Attempt("admin", Office, rightPassword: true, guard: guard));
        }

        Assert.True(guard.TryBegin(Office, out _));
    }
}
