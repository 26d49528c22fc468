using ChatBot.Core.Campaigns;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Announcements;

/// <summary>
/// An announcement in one language as every channel gets it: the admin's text, why the user gets it, a survey's start
/// button when it carries one, and under every announcement the topics and the unsubscribe button.
/// </summary>
public static class AnnouncementMessage
{
    public static OutgoingMessage For(TextCatalog texts, Announcement announcement, Language language, Campaigns.NewsConsent? consent)
    {
        // Named after the first of its topics the user chose, so the reason given is the user's own.
        var topic = announcement.Topics.FirstOrDefault(t => consent?.Covers(t) == true) ?? announcement.Topics.FirstOrDefault() ?? NewsTopics.Surveys;
        var footer = texts.Format(AnnouncementTextKeys.Footer, language, ("topic", texts.Get(NewsTopics.TitleKey(topic), language)));
        List<Button> buttons = [];
        if (announcement.SurveyId is { } survey)
        {
            buttons.Add(new Button(texts.Get(CampaignTextKeys.ButtonStartSurvey, language), FlowPayloads.Start(survey)));
        }

        buttons.Add(new Button(texts.Get(CampaignTextKeys.ButtonSettings, language), NewsPayloads.Settings));
        buttons.Add(new Button(texts.Get(CampaignTextKeys.ButtonUnsubscribe, language), NewsPayloads.Unsubscribe));
        return new OutgoingMessage(announcement.Text(language).Trim() + "\n\n" + footer, buttons, []);
    }
}

/// <summary>The texts announcements add to the news ones; the knowledge loader requires each in ru and kk.</summary>
public static class AnnouncementTextKeys
{
    public const string Footer = "announcement_footer";

    public static readonly IReadOnlyList<string> Required = [Footer];
}
