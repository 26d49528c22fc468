using ChatBot.Core.Applications;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine;

/// <summary>
/// The features every turn can reach: the flows, the operators' queue, the trainings, the keyed hash that names the
/// user of a session, and the applications. All of them, always.
/// </summary>
public sealed record TurnServices(FlowServices Flows, HandoffDesk Desk, TrainingServices Trainings, Sessions.IUserKeyHasher UserKeys, ApplicationServices Applications);
