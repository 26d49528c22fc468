namespace ChatBot.Core.Trainings;

/// <summary>Where one person stands with one training.</summary>
public enum EnrollmentStatus
{
    Enrolled,
    Waiting,
    Cancelled,
    Attended,
    NoShow,
}
