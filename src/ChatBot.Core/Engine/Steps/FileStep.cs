using ChatBot.Core.Flows;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// A document or photo outside a form (a form takes it at its attachment step, <see cref="FlowFiles"/>): the bot
/// reads text, and says where files are taken; the menu follows, with the application's button.
/// </summary>
public sealed class FileStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        if (turn.Message.File is null)
        {
            return StepResult.NotHandled;
        }

        turn.Reply(turn.Text(FlowTextKeys.FileOutsideForm));
        Replies.Menu(turn);
        return StepResult.Handled;
    }
}
