namespace ChatBot.Core.Campaigns;

/// <summary>The texts of news consent and survey campaigns; the knowledge loader requires each in ru and kk.</summary>
public static class CampaignTextKeys
{
    public const string NewsOffer = "news_offer";
    public const string NewsStatusOn = "news_status_on";
    public const string NewsSubscribed = "news_subscribed";
    public const string NewsUnsubscribed = "news_unsubscribed";
    public const string NewsNotSubscribed = "news_not_subscribed";
    public const string ButtonSubscribe = "news_button_subscribe";
    public const string ButtonUnsubscribe = "news_button_unsubscribe";
    public const string SurveyClosed = "campaign_survey_closed";
    public const string SurveyReopens = "campaign_survey_reopens";
    public const string ClosedOfferNews = "campaign_closed_offer_news";
    public const string ClosedSubscribed = "campaign_closed_subscribed";
    public const string Invitation = "campaign_invitation";
    public const string ButtonStartSurvey = "campaign_button_start";
    public const string NewsTopicsHint = "news_topics_hint";
    public const string NewsTopicOn = "news_topic_on";
    public const string NewsTopicOff = "news_topic_off";
    public const string ButtonSettings = "news_button_settings";

    public static readonly IReadOnlyList<string> Required =
    [
        NewsOffer, NewsStatusOn, NewsSubscribed, NewsUnsubscribed, NewsNotSubscribed, ButtonSubscribe, ButtonUnsubscribe,
        SurveyClosed, SurveyReopens, ClosedOfferNews, ClosedSubscribed, Invitation, ButtonStartSurvey,
        NewsTopicsHint, NewsTopicOn, NewsTopicOff, ButtonSettings,
        .. Announcements.NewsTopics.All.Select(Announcements.NewsTopics.TitleKey),
    ];
}
