using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;

namespace ChatBot.Core.Campaigns;

/// <summary>Giving and withdrawing news consent, and the buttons that offer it.</summary>
public static class News
{
    public static bool IsSubscribed(TurnContext turn) => turn.Conversation.News is not null;

    public static void Subscribe(TurnContext turn)
    {
        // Pressing "subscribe" again keeps the time of the first consent.
        turn.Conversation.News ??= new NewsConsent { GivenAt = turn.Now };
        turn.Record(AnalyticsEventTypes.Command, "news.subscribed");
        turn.Reply(turn.Text(CampaignTextKeys.NewsSubscribed), [UnsubscribeButton(turn), Replies.MenuButton(turn)]);
    }

    public static void Unsubscribe(TurnContext turn)
    {
        var was = turn.Conversation.News is not null;
        turn.Conversation.News = null;
        turn.WithdrawInvitations = was;
        turn.Record(AnalyticsEventTypes.Command, "news.unsubscribed");
        turn.Reply(turn.Text(was ? CampaignTextKeys.NewsUnsubscribed : CampaignTextKeys.NewsNotSubscribed), [SubscribeButton(turn), Replies.MenuButton(turn)]);
    }

    /// <summary>/news: where the user stands, with the one button that changes it.</summary>
    public static void Status(TurnContext turn)
    {
        if (turn.Conversation.News is { } consent)
        {
            var since = AlmatyTime.Date(consent.GivenAt);
            turn.Reply(turn.Knowledge.Texts.Format(CampaignTextKeys.NewsStatusOn, turn.ReplyLanguage, ("since", since)), [UnsubscribeButton(turn), Replies.MenuButton(turn)]);
            return;
        }

        turn.Reply(turn.Text(CampaignTextKeys.NewsOffer), [SubscribeButton(turn), Replies.MenuButton(turn)]);
    }

    /// <summary>The subscribe button, offered only to a conversation that has not agreed yet.</summary>
    public static IEnumerable<Button> Offer(TurnContext turn) => IsSubscribed(turn) ? [] : [SubscribeButton(turn)];

    public static Button SubscribeButton(TurnContext turn) => new(turn.Text(CampaignTextKeys.ButtonSubscribe), NewsPayloads.Subscribe);

    public static Button UnsubscribeButton(TurnContext turn) => new(turn.Text(CampaignTextKeys.ButtonUnsubscribe), NewsPayloads.Unsubscribe);
}
