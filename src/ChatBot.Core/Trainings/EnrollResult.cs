namespace ChatBot.Core.Trainings;

public enum EnrollOutcome
{
    /// <summary>A seat is taken: <see cref="EnrollResult.Enrollment"/> is the new enrollment.</summary>
    Enrolled,

    /// <summary>On the waiting list at <see cref="EnrollResult.WaitingPosition"/> (1 = next to get a seat).</summary>
    Waiting,

    /// <summary>No seat left and the request did not ask for the waiting list: offer it.</summary>
    Full,

    /// <summary>The conversation already holds a seat or a waiting place: <see cref="EnrollResult.Enrollment"/> is it.</summary>
    AlreadyEnrolled,

    /// <summary>Past the deadline, started, closed or cancelled.</summary>
    RegistrationClosed,

    /// <summary>No training with that id.</summary>
    NotFound,
}

public sealed record EnrollResult(EnrollOutcome Outcome, Enrollment? Enrollment = null, int? WaitingPosition = null);
