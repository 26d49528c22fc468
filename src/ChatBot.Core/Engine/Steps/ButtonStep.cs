using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Engine.Steps;

/// <summary>Presses of the buttons the bot sent: topics, all topics, menu categories, language, operator.</summary>
public sealed class ButtonStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        if (payload is null)
        {
            return StepResult.NotHandled;
        }

        if (Payloads.TryIntent(payload, out var id) && id != DecisionPolicy.OutOfScope && turn.Knowledge.Find(id) is { } intent)
        {
            IntentActions.Act(turn, intent, confidence: null);
            turn.Conversation.ClarifiedQuestion = null;
        }
        else if (Payloads.TryCategory(payload, out var category) && turn.Knowledge.Categories.Contains(category))
        {
            Replies.Category(turn, category);
        }
        else if (Payloads.TryLanguage(payload, out var code) && LanguageCodes.TryParse(code, out var language))
        {
            LanguageSwitch.To(turn, language);
        }
        else if (payload == Payloads.Topics)
        {
            MainMenu.Topics(turn);
        }
        else if (payload == Payloads.ChooseLanguage)
        {
            Replies.ChooseLanguage(turn);
        }
        else if (payload == Payloads.Operator)
        {
            IntentActions.RequestOperator(turn);
        }
        else if (payload == Payloads.NoneOfThese)
        {
            NoneOfThese(turn);
        }
        else
        {
            // A stale or unknown button (an old message, a changed knowledge base): show the menu again.
            Replies.Menu(turn);
        }

        return StepResult.Handled;
    }

    private static void NoneOfThese(TurnContext turn)
    {
        if (turn.Conversation.ClarifiedQuestion is { } question)
        {
            turn.RecordForEditors(InboxSignal.NoneOfThese, question, []);
            turn.Conversation.ClarifiedQuestion = null;
        }

        turn.Record(AnalyticsEventTypes.Fallback);
        Misunderstanding.Admit(turn);
    }
}
