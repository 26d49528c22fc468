namespace ChatBot.Core.Storage;

/// <summary>Whether the store serves, and if not, why: what <c>/health</c> reports.</summary>
public sealed record StoreHealth(bool IsServing, string? Reason)
{
    public static StoreHealth Serving { get; } = new(true, null);

    public static StoreHealth Unavailable(string reason) => new(false, reason);
}
