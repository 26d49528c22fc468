namespace ChatBot.Core.Applications;

/// <summary>When an application's first response and answer are due, and whether either is late.</summary>
public sealed record ApplicationTiming(
    DateTimeOffset FirstResponseDue, DateTimeOffset AnswerDue, bool FirstResponseOverdue, bool AnswerOverdue)
{
    public bool Overdue => FirstResponseOverdue || AnswerOverdue;
}
