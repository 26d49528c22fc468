using ChatBot.Core.Conversations;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// 👍 or 👎 pressed under an answer. A 👎 sends the question that answer answered (when it is still the last topic,
/// else the topic alone) to the editors' review inbox; neither asks anything more, and a form under way goes on.
/// </summary>
public sealed class RatingStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        if (payload is null)
        {
            return StepResult.NotHandled;
        }

        if (Payloads.TryRateUp(payload, out var liked))
        {
            turn.Record(AnalyticsEventTypes.Command, Payloads.RateUp(liked));
            turn.Reply(turn.Text(TextKeys.RatingThanks));
            return StepResult.HandledAside;
        }

        if (!Payloads.TryRateDown(payload, out var topic))
        {
            return StepResult.NotHandled;
        }

        var question = turn.Conversation.LastTopic == topic ? turn.Conversation.AnsweredQuestion ?? "" : "";
        turn.RecordForEditors(InboxSignal.ThumbsDown, question, [], topic);
        turn.Record(AnalyticsEventTypes.Command, Payloads.RateDown(topic));
        turn.Reply(turn.Text(TextKeys.RatingDownThanks));
        return StepResult.HandledAside;
    }
}
