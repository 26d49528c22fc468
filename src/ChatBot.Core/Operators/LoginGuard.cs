namespace ChatBot.Core.Operators;

/// <summary>
/// The rules against guessing passwords. An address that was refused too often in the last minute waits, whatever
/// login it tries. A login refused five times from one address is locked from that address only: an outsider who
/// guesses at an admin's login locks it from the outsider's own address, and the admin signs in from theirs. A login
/// that does not exist is counted and locked like one that does, so a lock tells nothing about it.
/// Kept in memory: a restart forgets the counts, which gives a guesser one more round at most.
/// </summary>
public sealed class LoginGuard(TimeProvider time, LoginLimits limits)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly object _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _attempts = [];
    private readonly Dictionary<(string Login, string Address), Strikes> _strikes = [];
    private DateTimeOffset _lastSweep = time.GetUtcNow();

    public LoginGuard(TimeProvider time)
        : this(time, LoginLimits.Default)
    {
    }

    /// <summary>
    /// Takes a place for one attempt from <paramref name="address"/> before its password is checked, so that many
    /// attempts at once cannot all pass; a refused attempt keeps it for a minute, a successful one gives it back.
    /// </summary>
    /// <returns>Whether the address may try now; if not, how long until it may.</returns>
    public bool TryBegin(string address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Sweep(now);
            if (!_attempts.TryGetValue(address, out var times))
            {
                _attempts[address] = times = [];
            }

            times.RemoveAll(t => t <= now - Minute);
            if (times.Count >= limits.FailuresPerAddressPerMinute)
            {
                retryAfter = times[0] + Minute - now;
                return false;
            }

            times.Add(now);
            return true;
        }
    }

    /// <summary>
    /// The end of an attempt <see cref="TryBegin"/> let through, once the password was checked (against a stand-in
    /// hash when the login does not exist, so that both take the same time).
    /// </summary>
    /// <param name="account">The account of <paramref name="login"/>; null when there is none.</param>
    /// <returns>Why the login is refused; null when it succeeds.</returns>
    public LoginRefusal? Decide(string login, string address, OperatorAccount? account, bool passwordMatches)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var key = (login, address);
            _strikes.TryGetValue(key, out var strikes);
            LoginRefusal? refusal = strikes?.LockedUntil > now ? LoginRefusal.LockedOut
                : account is null ? LoginRefusal.UnknownLogin
                : !passwordMatches ? LoginRefusal.WrongPassword
                : account.Disabled ? LoginRefusal.Disabled
                : null;
            if (refusal is null)
            {
                _strikes.Remove(key);
                GiveBack(address);
            }
            else if (refusal != LoginRefusal.LockedOut)
            {
                _strikes[key] = Strike(strikes, now);
            }

            return refusal;
        }
    }

    /// <summary>Lifts every lock of <paramref name="login"/>: an admin set a new password.</summary>
    public void Lift(string login)
    {
        lock (_gate)
        {
            foreach (var key in _strikes.Keys.Where(k => k.Login == login).ToList())
            {
                _strikes.Remove(key);
            }
        }
    }

    private Strikes Strike(Strikes? before, DateTimeOffset now)
    {
        // Strikes further apart than a lock-out do not add up: a typo a day never locks anyone.
        var count = before is not null && now - before.Last < limits.LockOutFor ? before.Count + 1 : 1;
        return count >= limits.FailuresPerLoginAndAddress
            ? new Strikes(0, now, now + limits.LockOutFor)
            : new Strikes(count, now, null);
    }

    private void GiveBack(string address)
    {
        if (_attempts.TryGetValue(address, out var times) && times.Count > 0)
        {
            times.RemoveAt(times.Count - 1);
        }
    }

    /// <summary>Once a minute, forgets addresses and pairs with nothing left to count, so memory follows current traffic.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < Minute)
        {
            return;
        }

        _lastSweep = now;
        foreach (var address in _attempts.Where(a => a.Value.Count == 0 || a.Value[^1] <= now - Minute).Select(a => a.Key).ToList())
        {
            _attempts.Remove(address);
        }

        foreach (var key in _strikes.Where(s => s.Value.LockedUntil is not { } until ? now - s.Value.Last >= limits.LockOutFor : until <= now).Select(s => s.Key).ToList())
        {
            _strikes.Remove(key);
        }
    }

    private sealed record Strikes(int Count, DateTimeOffset Last, DateTimeOffset? LockedUntil);
}
