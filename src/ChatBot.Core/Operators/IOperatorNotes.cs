namespace ChatBot.Core.Operators;

/// <summary>Operators' notes; a note is written with its audit entry (<see cref="Storage.TurnRecord.Note"/>).</summary>
public interface IOperatorNotes
{
    /// <summary>A conversation's notes, oldest first.</summary>
    IReadOnlyList<OperatorNote> Of(string conversationId);
}
