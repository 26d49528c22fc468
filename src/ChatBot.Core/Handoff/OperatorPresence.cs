using ChatBot.Core.Concurrency;

namespace ChatBot.Core.Handoff;

/// <summary>
/// Which operators have their console open (its live event stream connected), so that the wait a user is told
/// shrinks when several operators share the queue. A console open in two tabs counts its operator once.
/// </summary>
public sealed class OperatorPresence
{
    private readonly OverlappingHolds _streams = new();

    public int Online => _streams.Count;

    /// <returns>The connection; disposing it marks the end of this stream.</returns>
    public IDisposable Connect(string login) => _streams.Hold(login);
}
