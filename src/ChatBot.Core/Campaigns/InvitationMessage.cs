using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Campaigns;

/// <summary>The invitation of a campaign in one language: a button that starts the survey, and one to unsubscribe.</summary>
public static class InvitationMessage
{
    public static OutgoingMessage For(TextCatalog texts, FlowDefinition flow, Campaign campaign, Language language) => new(
        texts.Format(CampaignTextKeys.Invitation, language, ("survey", flow.Title.In(language)), ("period", campaign.Period)),
        [
            new Button(texts.Get(CampaignTextKeys.ButtonStartSurvey, language), FlowPayloads.Start(flow.Id)),
            new Button(texts.Get(CampaignTextKeys.ButtonUnsubscribe, language), NewsPayloads.Unsubscribe),
        ],
        []);
}
