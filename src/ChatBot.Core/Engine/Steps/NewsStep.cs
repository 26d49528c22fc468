using ChatBot.Core.Campaigns;
using ChatBot.Core.Flows;

namespace ChatBot.Core.Engine.Steps;

/// <summary>
/// News consent: /news, the subscribe and unsubscribe buttons, and the typed words ("отписаться", "жазылымнан шығу").
/// Inside a flow the flow's question is asked again afterwards, so the survey is never lost.
/// </summary>
public sealed class NewsStep : ITurnStep
{
    private static readonly HashSet<string> SubscribeWords =
    [
        "подписаться", "подписаться на новости", "подписка на новости", "получать новости", "хочу получать новости",
        "жазылу", "жаңалықтарға жазылу", "жаналыктарга жазылу", "жаңалықтар алу",
    ];

    private static readonly HashSet<string> UnsubscribeWords =
    [
        "отписаться", "отписаться от новостей", "отписка", "не присылать новости", "не присылайте новости",
        "жазылымнан шығу", "жазылымнан шыгу", "жазылымды тоқтату", "жаңалықтардан бас тарту", "жаналыктардан бас тарту",
    ];

    public bool TryHandle(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        var word = turn.Message.Text?.Trim().ToLowerInvariant().TrimEnd('.', '!') ?? "";
        if (payload == NewsPayloads.Subscribe || (payload is null && SubscribeWords.Contains(word)))
        {
            News.Subscribe(turn);
        }
        else if (payload == NewsPayloads.Unsubscribe || (payload is null && UnsubscribeWords.Contains(word)))
        {
            News.Unsubscribe(turn);
        }
        else if (payload is null && word.Split('@')[0] == "/news")
        {
            News.Status(turn);
        }
        else
        {
            return false;
        }

        if (turn.Conversation.Flow is not null)
        {
            FlowRunner.Resume(turn, FlowTextKeys.BackToStep);
        }

        return true;
    }
}
