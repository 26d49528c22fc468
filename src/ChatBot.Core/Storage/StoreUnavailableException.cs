namespace ChatBot.Core.Storage;

/// <summary>
/// The store cannot serve right now (its file failed and is being reopened). Nothing half-done was committed:
/// the caller answers "try again" (HTTP 503) instead of failing as a bug, and a background loop waits quietly,
/// since the store logs the failure once itself.
/// </summary>
public sealed class StoreUnavailableException(string reason, Exception? inner = null)
    : Exception("the database is unavailable: " + reason, inner)
{
    public string Reason { get; } = reason;
}
