using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Engine.Steps;

/// <summary>Slash commands: /start [payload], /menu, /help, /lang [ru|kk], /operator, /cancel, /forget.</summary>
public sealed class CommandStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var text = turn.Message.Text?.Trim();
        if (text is null || !text.StartsWith('/'))
        {
            return StepResult.NotHandled;
        }

        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = parts[0].Split('@')[0].ToLowerInvariant();
        var argument = parts.Length > 1 ? parts[1] : null;
        turn.Record(AnalyticsEventTypes.Command, command);
        switch (command)
        {
            case "/start":
                turn.Conversation.Pending = PendingQuestion.None;

                // The traffic source was taken by the engine; what is left of the link is handled as before.
                argument = argument is null ? null : Sessions.TrafficSource.SplitStart(argument).Link;
                if (argument is not null && turn.Flows.Catalog.ByDeepLink(argument) is { } linked)
                {
                    FlowRunner.Start(turn, linked);
                }
                else if (argument is not null && Trainings.TrainingDeepLinks.TryId(argument, out var trainingId))
                {
                    Trainings.TrainingStep.Details(turn, trainingId);
                }
                else if (argument is not null && Trainings.TrainingDeepLinks.TryTopic(argument, out var topicId))
                {
                    Trainings.TrainingStep.Topic(turn, topicId);
                }
                else if (turn.Conversation.Flow is not null)
                {
                    FlowRunner.Resume(turn);
                }
                else
                {
                    Replies.Greeting(turn);
                }

                return StepResult.Handled;
            case "/menu":
                Replies.Menu(turn);
                return StepResult.Handled;
            case "/help":
                turn.Reply(turn.Text(TextKeys.Help), [Replies.MenuButton(turn)]);
                return StepResult.Handled;
            case "/lang":
                if (LanguageCodes.TryParse(argument, out var language))
                {
                    LanguageSwitch.To(turn, language);
                }
                else
                {
                    Replies.ChooseLanguage(turn);
                }

                return StepResult.Handled;
            case "/operator":
                IntentActions.RequestOperator(turn);
                return StepResult.Handled;
            case "/cancel":
                Cancel(turn);
                return StepResult.Handled;
            case "/forget":
                Dialogs.ConfirmForgetDialog.Begin(turn);
                return StepResult.Handled;
            default:
                return StepResult.NotHandled;
        }
    }

    private static void Cancel(TurnContext turn)
    {
        if (turn.Conversation.Flow is not null)
        {
            FlowRunner.Cancel(turn);
            return;
        }

        if (turn.Conversation.Pending == PendingQuestion.None)
        {
            turn.Reply(turn.Text(TextKeys.CancelNothing), [Replies.MenuButton(turn)]);
            return;
        }

        turn.Conversation.Pending = PendingQuestion.None;
        Replies.Menu(turn);
    }
}
