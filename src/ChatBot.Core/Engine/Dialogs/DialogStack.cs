using ChatBot.Core.Engine.Steps;

namespace ChatBot.Core.Engine.Dialogs;

/// <summary>
/// The conversation's open dialogs, top first: the /forget confirmation over the feedback question over a form.
/// There is one form at a time and a confirmation is always asked last, so the order is fixed by kind and each
/// frame's state stays where it is stored (<c>Conversation.Pending</c>, <c>Conversation.Flow</c>, the enrollment's
/// feedback request). The message goes to the top open frame that takes it; frames above it lapse.
/// </summary>
public sealed class DialogStack(IEnumerable<IDialog> topFirst) : ITurnStep
{
    private readonly IReadOnlyList<IDialog> _frames = [.. topFirst];

    public StepResult TryHandle(TurnContext turn)
    {
        foreach (var frame in _frames)
        {
            var result = frame.Continue(turn);
            if (result != StepResult.NotHandled)
            {
                return result;
            }
        }

        return StepResult.NotHandled;
    }

    /// <summary>"Answer the interruption, then go back": the first open frame from the top that can ask again does.</summary>
    public void ResumeAfterAside(TurnContext turn)
    {
        foreach (var frame in _frames)
        {
            if (frame.Resume(turn))
            {
                return;
            }
        }
    }
}
