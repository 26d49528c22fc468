namespace ChatBot.Core.Engine.Steps;

/// <summary>One stage of a turn; the first stage that handles the message ends the turn's processing.</summary>
public interface ITurnStep
{
    StepResult TryHandle(TurnContext turn);
}

public enum StepResult
{
    /// <summary>Not this step's message: the next step looks at it.</summary>
    NotHandled,

    /// <summary>Handled; the turn is done.</summary>
    Handled,

    /// <summary>
    /// Handled beside an open dialog (news consent typed in the middle of a survey, a question answered instead of a
    /// form's answer): the engine then resumes the dialog stack's top frame.
    /// </summary>
    HandledAside,
}
