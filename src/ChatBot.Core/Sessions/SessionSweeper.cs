using ChatBot.Core.Engine;

namespace ChatBot.Core.Sessions;

/// <summary>
/// Ends the sessions that have been quiet for <see cref="SessionRules.IdleEnd"/>, so that a month's sessions are stored
/// even when their users never return. Each one is ended in its conversation's lane; one a turn ended first is left
/// alone, and an outcome written twice is stored once.
/// </summary>
public sealed class SessionSweeper(ConversationEngine engine, IIdleSessions idle, TimeProvider time)
{
    /// <returns>How many sessions were ended.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var ended = 0;
        foreach (var conversationId in idle.QuietSince(time.GetUtcNow() - SessionRules.IdleEnd))
        {
            if (await engine.EndIdleSessionAsync(conversationId, cancellationToken) is not null)
            {
                ended++;
            }
        }

        return ended;
    }
}
