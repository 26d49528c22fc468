namespace ChatBot.Core.Trainings;

public enum AttendanceOutcome
{
    Marked,
    NotFound,
    NoSeat,
    NotStarted,
}
