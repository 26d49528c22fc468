using ChatBot.Core.Messages;

namespace ChatBot.Core.Trainings;

/// <summary>
/// A request for a seat. With <see cref="JoinWaitingList"/> a full training puts the person on its waiting list
/// instead of answering <see cref="EnrollOutcome.Full"/>.
/// </summary>
public sealed record EnrollRequest(
    string TrainingId,
    string ConversationId,
    string Channel,
    string ChatId,
    Language Language,
    DateTimeOffset Now,
    bool JoinWaitingList = false);
