namespace ChatBot.Core.Applications;

/// <summary>Where an application stands; the order is the usual way through (<see cref="ApplicationTransitions"/>).</summary>
public enum ApplicationStatus
{
    New,
    Assigned,
    WaitingForEntrepreneur,
    Answered,
    Closed,
}
