using ChatBot.Core.Conversations;

namespace ChatBot.Core.Engine;

/// <summary>
/// What a committed turn sends: its replies as outbox items, ready for the channel to deliver. For a message
/// answered in its response (<see cref="Messages.IncomingMessage.AnsweredInResponse"/>) they were not stored and
/// have no id.
/// </summary>
/// <param name="Duplicate">The message had been processed before: nothing was done, nothing is sent.</param>
public sealed record TurnOutcome(IReadOnlyList<OutboxItem> Replies, bool Duplicate)
{
    public static TurnOutcome AlreadyProcessed { get; } = new([], true);
}
