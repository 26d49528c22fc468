using System.Globalization;
using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// Free text: classify (in the light of the last topic when the message alone says too little), then answer, ask
/// which topic was meant, say what the bot is for (off-topic), or admit not knowing and offer a person.
/// </summary>
public sealed class UnderstandingStep(IIntentClassifier fixedClassifier) : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var classifier = turn.Classifier ?? fixedClassifier;
        var text = turn.Message.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return StepResult.NotHandled;
        }

        var scores = classifier.Classify(text);
        var decision = AskWhichTopicOfOneWord(DecisionPolicy.Decide(scores, turn.Knowledge.Thresholds), scores, text, turn.Knowledge);
        if (FollowUpReading.Read(text, turn.Conversation.LastTopic, decision, scores, turn.Knowledge, turn.ReplyLanguage, classifier) is { } followUp
            && turn.Knowledge.Find(followUp.Intent) is { } topic)
        {
            turn.Conversation.ClarifiedQuestion = null;
            IntentActions.Act(turn, topic, followUp.Confidence);
            return StepResult.Handled;
        }

        switch (decision)
        {
            case Decision.Accept accept when turn.Knowledge.Find(accept.Top.Intent) is { } intent && !ForTheOperator(turn, intent):
                turn.Conversation.ClarifiedQuestion = null;
                IntentActions.Act(turn, intent, accept.Top.Probability);
                break;
            case var _ when turn.Conversation.Mode == ConversationMode.WaitingForOperator:
                // The operator will read it: no "I don't know" and no guesses; the desk says the message went to them.
                turn.Conversation.ClarifiedQuestion = null;
                turn.Record(AnalyticsEventTypes.Fallback, scores.FirstOrDefault()?.Intent, scores.FirstOrDefault()?.Probability);
                break;
            case Decision.Clarify clarify:
                Clarify(turn, text, clarify.Suggestions);
                RecordNearTie(turn, text, clarify.Suggestions);
                break;
            case var _ when scores.FirstOrDefault()?.Intent == DecisionPolicy.OutOfScope:
                OutOfScope(turn, text, scores);
                break;
            case var other:
                Fallback(turn, text, other is Decision.Fallback f ? f.Guesses : scores);
                break;
        }

        return StepResult.Handled;
    }

    /// <summary>
    /// A user waiting for an operator is answered from the knowledge, but a message that would start a form (an
    /// application, the survey) is what the operator is there for: it waits for them rather than opening the form.
    /// </summary>
    private static bool ForTheOperator(TurnContext turn, IntentDefinition intent) =>
        turn.Conversation.Mode == ConversationMode.WaitingForOperator && intent.IsSystem && turn.Flows.Catalog.ByIntent(intent.Id) is not null;

    /// <summary>
    /// One word ("ип", "налоги") names a subject, not a question: rather than answer the likeliest
    /// topic with confidence it does not deserve, the bot offers the subject's likely topics.
    /// </summary>
    private static Decision AskWhichTopicOfOneWord(Decision decision, IReadOnlyList<IntentScore> scores, string text, KnowledgeBase knowledge)
    {
        if (decision is not Decision.Accept || TextNormalizer.Normalize(text).Contains(' '))
        {
            return decision;
        }

        var topics = scores
            .Where(s => s.Probability >= knowledge.Thresholds.OneWordTopic && knowledge.Find(s.Intent) is { IsSystem: false })
            .Take(DecisionPolicy.MaxSuggestions)
            .ToList();
        return topics.Count > 1 && topics[0].Intent == scores[0].Intent ? new Decision.Clarify(topics) : decision;
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

    /// <summary>
    /// Two topics nearly tied (the second within policy.yaml's <c>margin</c> of the first) tell editors the two topics'
    /// phrasings overlap: the question goes to the review inbox whichever button the user then presses.
    /// </summary>
    private static void RecordNearTie(TurnContext turn, string text, IReadOnlyList<IntentScore> suggestions)
    {
        if (NearTie.Between(suggestions, turn.Knowledge.Thresholds))
        {
            turn.RecordForEditors(InboxSignal.NearTie, text, suggestions.Take(2).Select(Guess));
        }
    }

    private static string Guess(IntentScore score) => score.Intent + ":" + score.Probability.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Off-topic (the weather, a joke): the bot says what it is for and shows the main menu (with a consultant among its
    /// buttons); it does not count towards offering a person, and promises nothing about editors.
    /// </summary>
    private static void OutOfScope(TurnContext turn, string text, IReadOnlyList<IntentScore> scores)
    {
        turn.Conversation.ClarifiedQuestion = null;

        // Recorded all the same: a business question the classifier took for off-topic is a gap editors should see.
        turn.RecordUnanswered(text, [DecisionPolicy.OutOfScope + ":" + scores[0].Probability.ToString("0.00", CultureInfo.InvariantCulture)]);
        turn.Record(AnalyticsEventTypes.Fallback, DecisionPolicy.OutOfScope, scores[0].Probability);
        MainMenu.Show(turn, TextKeys.OutOfScope);
    }

    private static void Fallback(TurnContext turn, string text, IReadOnlyList<IntentScore> guesses)
    {
        turn.RecordUnanswered(
            text,
            guesses.Take(DecisionPolicy.MaxSuggestions).Select(g => g.Intent + ":" + g.Probability.ToString("0.00", CultureInfo.InvariantCulture)));
        turn.Record(AnalyticsEventTypes.Fallback, guesses.FirstOrDefault()?.Intent, guesses.FirstOrDefault()?.Probability);
        Misunderstanding.Admit(turn);
    }
}
