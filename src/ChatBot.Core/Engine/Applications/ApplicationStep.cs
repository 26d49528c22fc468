using ChatBot.Core.Applications;
using ChatBot.Core.Engine.Steps;

namespace ChatBot.Core.Engine.Applications;

/// <summary>
/// Application buttons (<c>application:*</c>), a number typed at any time ("A-2026-000123", "а 2026 000123"), and the
/// entrepreneur's answer when a consultant's question is the last thing the bot said.
/// </summary>
public sealed class ApplicationStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        if (ApplicationPayloads.IsApplication(payload))
        {
            if (ApplicationPayloads.TryShow(payload!, out var shown))
            {
                ApplicationReplies.Show(turn, shown);
            }
            else if (ApplicationPayloads.TryRate(payload!, out var rated, out var score))
            {
                ApplicationReplies.Rate(turn, rated, score);
            }
            else
            {
                ApplicationReplies.Mine(turn);
            }

            return StepResult.Handled;
        }

        var text = turn.Message.Text;
        if (payload is not null || string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('/'))
        {
            return StepResult.NotHandled;
        }

        if (ApplicationNumber.Find(text) is { } number)
        {
            ApplicationReplies.Show(turn, number);
            return StepResult.Handled;
        }

        if (AwaitingAnswer(turn) is { } waiting)
        {
            ApplicationReplies.AddAnswer(turn, waiting, text.Trim());
            return StepResult.Handled;
        }

        return StepResult.NotHandled;
    }

    /// <summary>
    /// An application waiting for this entrepreneur whose question came after their last message (as the training
    /// feedback's typed score is read): once they have written anything else, a message is an ordinary one again.
    /// </summary>
    private static Application? AwaitingAnswer(TurnContext turn) =>
        turn.Applications.Store.OfConversation(turn.Conversation.Id).FirstOrDefault(a =>
            a.Status == ApplicationStatus.WaitingForEntrepreneur
            && a.History.LastOrDefault(c => c.Kind != ApplicationChangeKind.Note) is { } asked
            && asked.At > turn.Conversation.UpdatedAt);
}
