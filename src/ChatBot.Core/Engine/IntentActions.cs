using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine;

/// <summary>What the bot does once it knows the intent: answer an FAQ topic or act on a system intent.</summary>
public static class IntentActions
{
    public static void Act(TurnContext turn, IntentDefinition intent, double? confidence)
    {
        turn.Conversation.MisunderstoodInARow = 0;
        turn.Record(AnalyticsEventTypes.Answered, intent.Id, confidence);
        if (!intent.IsSystem)
        {
            turn.Conversation.LastTopic = intent.Id;

            // Typed, or the typed question a clarification button answers; a topic picked from the menu has none.
            turn.Conversation.AnsweredQuestion = turn.Message.Text?.Trim() is { Length: > 0 } typed ? typed : turn.Conversation.ClarifiedQuestion;
            Replies.Answer(turn, intent);
            return;
        }

        if (turn.Flows.Catalog.ByIntent(intent.Id) is { } flow)
        {
            FlowRunner.Start(turn, flow);
            return;
        }

        switch (intent.Id)
        {
            case SystemIntents.Greeting:
                Replies.Greeting(turn);
                break;
            case SystemIntents.Thanks:
                turn.Reply(turn.Text(TextKeys.ThanksReply), [Replies.MenuButton(turn)]);
                break;
            case SystemIntents.Goodbye:
                turn.Reply(turn.Text(TextKeys.GoodbyeReply));
                break;
            case SystemIntents.Capabilities:
                turn.Reply(turn.Text(TextKeys.Capabilities), [.. Replies.FlowButtons(turn), Replies.MenuButton(turn), Replies.OperatorButton(turn)]);
                break;
            case SystemIntents.OperatorRequest:
                RequestOperator(turn);
                break;
            case SystemIntents.SurveyStart:
                turn.Reply(turn.Text(TextKeys.SurveyUnavailable), [Replies.MenuButton(turn)]);
                break;
            case SystemIntents.EnrollmentStart:
                Trainings.TrainingReplies.List(turn);
                break;
            case SystemIntents.EnrollmentCancel:
                Trainings.TrainingReplies.Mine(turn);
                break;
            case SystemIntents.ApplicationStart:
                // The application form answers this intent (its trigger); without the form there is only the menu.
                Replies.Menu(turn);
                break;
            case SystemIntents.ApplicationStatus:
                Applications.ApplicationReplies.Mine(turn);
                break;
            case SystemIntents.DeleteMyData:
                Dialogs.ConfirmForgetDialog.Begin(turn);
                break;
            default:
                throw new InvalidOperationException($"system intent '{intent.Id}' has no action");
        }
    }

    /// <summary>
    /// The user asked for a person: the conversation joins the operators' queue. Asked right after the bot offered a
    /// person for not understanding, the handoff counts as a misunderstanding in the reports.
    /// </summary>
    public static void RequestOperator(TurnContext turn)
    {
        turn.Record(AnalyticsEventTypes.Command, SystemIntents.OperatorRequest);
        var offered = turn.Conversation.MisunderstoodInARow >= turn.Knowledge.Handoff.Misunderstandings;
        turn.Desk.Request(turn, offered ? HandoffReason.Misunderstood : HandoffReason.UserAsked);
    }
}
