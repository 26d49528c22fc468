using ChatBot.Core.Conversations;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// "Подробнее" under a short answer, pressed, or typed ("подробнее", "толығырақ", "ещё": the list <c>more</c> of
/// knowledge/system/words.yaml) right after it: the topic's full answer, links and related topics.
/// </summary>
public sealed class MoreStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        var id = payload is not null
            ? Payloads.TryMore(payload, out var pressed) ? pressed : null
            : turn.Knowledge.Words.More.Matches(turn.Message.Text) ? turn.Conversation.ShortAnswerOf : null;
        if (id is null || turn.Knowledge.Find(id) is not { IsSystem: false } intent)
        {
            // A "more" button of a topic that is gone falls through to the buttons' step, which shows the menu.
            return StepResult.NotHandled;
        }

        // Which topics people open in full tells editors whose short answer falls short.
        turn.Record(AnalyticsEventTypes.Command, Payloads.More(intent.Id));
        Replies.FullAnswer(turn, intent);

        // Aside, as the question it expands was: in the middle of a survey, the survey's question is asked again.
        return StepResult.HandledAside;
    }
}
