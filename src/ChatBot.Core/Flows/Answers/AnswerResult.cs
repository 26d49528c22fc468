namespace ChatBot.Core.Flows.Answers;

/// <summary>What became of the user's input at a step.</summary>
public abstract record AnswerResult
{
    /// <summary>A valid answer, normalised (a phone as +7XXXXXXXXXX, a date as yyyy-MM-dd).</summary>
    public sealed record Accepted(string Value) : AnswerResult;

    /// <summary>Not valid: the text key says exactly what is wrong, with its placeholders.</summary>
    public sealed record Invalid(string TextKey, params (string Name, object Value)[] Values) : AnswerResult;

    /// <summary>A multi-choice option was ticked or unticked; the step stays open.</summary>
    public sealed record Toggled : AnswerResult;
}
