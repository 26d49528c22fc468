using ChatBot.Core.Campaigns;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// News consent: /news, the subscribe, unsubscribe, settings and topic buttons, and the typed words ("отписаться", "жазылымнан шығу",
/// the lists <c>subscribe</c> and <c>unsubscribe</c> of knowledge/system/words.yaml).
/// Answered aside: inside a flow the flow's question is asked again afterwards, so the survey is never lost.
/// </summary>
public sealed class NewsStep : ITurnStep
{
    public StepResult TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        var text = turn.Message.Text ?? "";
        var words = turn.Knowledge.Words;
        if (payload == NewsPayloads.Subscribe || (payload is null && words.Subscribe.Matches(text)))
        {
            News.Subscribe(turn);
        }
        else if (payload == NewsPayloads.Unsubscribe || (payload is null && words.Unsubscribe.Matches(text)))
        {
            News.Unsubscribe(turn);
        }
        else if (NewsPayloads.ToggledTopic(payload) is { } topic)
        {
            News.Toggle(turn, topic);
        }
        else if (payload == NewsPayloads.Settings || (payload is null && WordList.Typed(text).Split('@')[0] == "/news"))
        {
            News.Status(turn);
        }
        else
        {
            return StepResult.NotHandled;
        }

        return StepResult.HandledAside;
    }
}
