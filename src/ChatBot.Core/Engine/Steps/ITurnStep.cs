namespace ChatBot.Core.Engine.Steps;

/// <summary>One stage of a turn; the first stage that handles the message ends the turn's processing.</summary>
public interface ITurnStep
{
    /// <returns>True when this step handled the message.</returns>
    bool TryHandle(TurnContext turn);
}
