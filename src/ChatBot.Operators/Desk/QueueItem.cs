namespace ChatBot.Operators.Desk;

/// <summary>A conversation in the operators' queue or in an operator's hands, as the console lists it.</summary>
public sealed record QueueItem(
    string ConversationId,
    string Channel,
    string Language,
    string State,
    string? Operator,
    string Reason,
    bool OutsideHours,
    DateTimeOffset RequestedAt,
    int WaitingSeconds,
    string? LastQuestion);
