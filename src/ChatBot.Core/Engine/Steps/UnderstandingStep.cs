using System.Globalization;
using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Engine.Steps;

/// <summary>Free text: classify, then answer, ask which topic was meant, or admit not knowing.</summary>
public sealed class UnderstandingStep(IIntentClassifier classifier) : ITurnStep
{
    public bool TryHandle(TurnContext turn)
    {
        var text = turn.Message.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var scores = classifier.Classify(text);
        switch (DecisionPolicy.Decide(scores, turn.Knowledge.Thresholds))
        {
            case Decision.Accept accept when turn.Knowledge.Find(accept.Top.Intent) is { } intent:
                turn.Conversation.ClarifiedQuestion = null;
                IntentActions.Act(turn, intent, accept.Top.Probability);
                break;
            case Decision.Clarify clarify:
                Clarify(turn, text, clarify.Suggestions);
                break;
            case var decision:
                Fallback(turn, text, decision is Decision.Fallback f ? f.Guesses : scores);
                break;
        }

        return true;
    }

    private static void Clarify(TurnContext turn, string text, IReadOnlyList<IntentScore> suggestions)
    {
        turn.Conversation.ClarifiedQuestion = text;
        turn.Record(AnalyticsEventTypes.Clarified, suggestions[0].Intent, suggestions[0].Probability);
        var buttons = suggestions
            .Select(s => turn.Knowledge.Find(s.Intent))
            .OfType<IntentDefinition>()
            .Select(i => new Button(i.Title.In(turn.ReplyLanguage), Payloads.Intent(i.Id)))
            .Append(new Button(turn.Text(TextKeys.ButtonNoneOfThese), Payloads.NoneOfThese))
            .ToList();
        turn.Reply(turn.Text(TextKeys.Clarify), buttons);
    }

    private static void Fallback(TurnContext turn, string text, IReadOnlyList<IntentScore> guesses)
    {
        turn.Conversation.ClarifiedQuestion = null;
        turn.Conversation.MisunderstoodInARow++;
        turn.RecordUnanswered(
            text,
            guesses.Take(DecisionPolicy.MaxSuggestions).Select(g => g.Intent + ":" + g.Probability.ToString("0.00", CultureInfo.InvariantCulture)));
        turn.Record(AnalyticsEventTypes.Fallback, guesses.FirstOrDefault()?.Intent, guesses.FirstOrDefault()?.Probability);
        Replies.Fallback(turn);
    }
}
