namespace ChatBot.Core.Operators;

/// <summary>How many refused logins the console's sign-in tolerates (<see cref="LoginGuard"/>).</summary>
/// <param name="FailuresPerAddressPerMinute">Refused logins from one client address in any 60 seconds, whatever logins it tried.</param>
/// <param name="FailuresPerLoginAndAddress">Refused logins of one login from one address, each within <paramref name="LockOutFor"/> of the last, that lock the two.</param>
/// <param name="LockOutFor">How long a login stays locked from that address.</param>
public sealed record LoginLimits(int FailuresPerAddressPerMinute, int FailuresPerLoginAndAddress, TimeSpan LockOutFor)
{
    public static LoginLimits Default { get; } = new(10, 5, TimeSpan.FromMinutes(15));
}
