using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Time;

namespace ChatBot.Core.Campaigns;

/// <summary>What the bot says when a survey's period is closed: that it is, when it opens if known, and how to hear of it.</summary>
public static class SurveyClosedReply
{
    public static void Send(TurnContext turn, FlowDefinition flow, Campaign closed)
    {
        var texts = turn.Knowledge.Texts;
        var language = turn.ReplyLanguage;
        var text = texts.Format(CampaignTextKeys.SurveyClosed, language, ("survey", flow.Title.In(language)), ("period", closed.Period));
        if (closed.ReopensOn is { } day && DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date) && date > AlmatyTime.Day(turn.Now))
        {
            text += " " + texts.Format(CampaignTextKeys.SurveyReopens, language, ("date", date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        }

        text += "\n\n" + turn.Text(News.IsSubscribed(turn) ? CampaignTextKeys.ClosedSubscribed : CampaignTextKeys.ClosedOfferNews);
        turn.Record(Conversations.AnalyticsEventTypes.Command, "flow.closed:" + flow.Id);
        turn.Reply(text, [.. News.Offer(turn), Replies.MenuButton(turn)]);
    }
}
