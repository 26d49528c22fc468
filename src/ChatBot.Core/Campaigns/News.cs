using ChatBot.Core.Announcements;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;

namespace ChatBot.Core.Campaigns;

/// <summary>Giving and withdrawing news consent, choosing its topics, and the buttons that offer it.</summary>
public static class News
{
    public static bool IsSubscribed(TurnContext turn) => turn.Conversation.News is not null;

    /// <summary>Subscribes to every topic; pressing "subscribe" again keeps the time of the first consent and the topics chosen.</summary>
    public static void Subscribe(TurnContext turn)
    {
        turn.Conversation.News ??= new NewsConsent { GivenAt = turn.Now, Topics = [.. NewsTopics.All] };
        turn.Record(AnalyticsEventTypes.Command, "news.subscribed");
        turn.Reply(turn.Text(CampaignTextKeys.NewsSubscribed), [.. Toggles(turn), UnsubscribeButton(turn), Replies.MenuButton(turn)]);
    }

    public static void Unsubscribe(TurnContext turn)
    {
        var was = turn.Conversation.News is not null;
        turn.Conversation.News = null;
        turn.WithdrawInvitations = was;
        turn.Record(AnalyticsEventTypes.Command, "news.unsubscribed");
        turn.Reply(turn.Text(was ? CampaignTextKeys.NewsUnsubscribed : CampaignTextKeys.NewsNotSubscribed), [SubscribeButton(turn), Replies.MenuButton(turn)]);
    }

    /// <summary>
    /// Turns one topic on or off. A topic turned on without a consent gives the consent for that topic alone; the
    /// last topic turned off withdraws the consent, since nothing is left to send. Turning one off withdraws, in the
    /// same transaction, what is still waiting to be sent on topics no longer chosen.
    /// </summary>
    public static void Toggle(TurnContext turn, string topic)
    {
        if (!NewsTopics.IsKnown(topic))
        {
            Status(turn);
            return;
        }

        var consent = turn.Conversation.News;
        var chosen = consent?.Chosen.ToList() ?? [];
        var on = !chosen.Remove(topic);
        if (on)
        {
            chosen.Add(topic);
        }

        if (chosen.Count == 0)
        {
            Unsubscribe(turn);
            return;
        }

        consent ??= turn.Conversation.News = new NewsConsent { GivenAt = turn.Now };
        consent.Topics = NewsTopics.All.Where(chosen.Contains).ToList();
        turn.WithdrawInvitations = !on;
        turn.Record(AnalyticsEventTypes.Command, (on ? "news.topic.on:" : "news.topic.off:") + topic);
        var title = turn.Text(NewsTopics.TitleKey(topic));
        var said = turn.Knowledge.Texts.Format(on ? CampaignTextKeys.NewsTopicOn : CampaignTextKeys.NewsTopicOff, turn.ReplyLanguage, ("topic", title));
        turn.Reply(said + "\n\n" + turn.Text(CampaignTextKeys.NewsTopicsHint), [.. Toggles(turn), UnsubscribeButton(turn), Replies.MenuButton(turn)]);
    }

    /// <summary>/news: where the user stands, the topics as toggles, and the button that subscribes or unsubscribes.</summary>
    public static void Status(TurnContext turn)
    {
        // The texts stay those of the consent alone; the ticks on the topic buttons say what each is.
        if (turn.Conversation.News is { } consent)
        {
            var since = AlmatyTime.Date(consent.GivenAt);
            var text = turn.Knowledge.Texts.Format(CampaignTextKeys.NewsStatusOn, turn.ReplyLanguage, ("since", since));
            turn.Reply(text, [.. Toggles(turn), UnsubscribeButton(turn), Replies.MenuButton(turn)]);
            return;
        }

        turn.Reply(turn.Text(CampaignTextKeys.NewsOffer), [SubscribeButton(turn), .. Toggles(turn), Replies.MenuButton(turn)]);
    }

    /// <summary>One button per topic, ticked when chosen; pressing one turns it on or off.</summary>
    public static IEnumerable<Button> Toggles(TurnContext turn) => NewsTopics.All.Select(topic => new Button(
        (turn.Conversation.News?.Covers(topic) == true ? "☑ " : "☐ ") + turn.Text(NewsTopics.TitleKey(topic)),
        NewsPayloads.Toggle(topic)));

    /// <summary>The subscribe button, offered only to a conversation that has not agreed yet.</summary>
    public static IEnumerable<Button> Offer(TurnContext turn) => IsSubscribed(turn) ? [] : [SubscribeButton(turn)];

    public static Button SubscribeButton(TurnContext turn) => new(turn.Text(CampaignTextKeys.ButtonSubscribe), NewsPayloads.Subscribe);

    public static Button UnsubscribeButton(TurnContext turn) => new(turn.Text(CampaignTextKeys.ButtonUnsubscribe), NewsPayloads.Unsubscribe);
}
