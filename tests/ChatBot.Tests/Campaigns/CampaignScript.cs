using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>What campaign tests share: the desk on a <see cref="TestBot"/>, the texts, a survey answered to the end.</summary>
internal static class CampaignScript
{
    public static CampaignDesk Desk(TestBot bot) =>
        CampaignParts.Desk(new FlowServices(SharedModel.Dialogs, bot.FlowResponses, bot.Campaigns), bot.Knowledge.Texts, Blocked(bot), bot.Time, notifier: null);

    public static IBlockedChats Blocked(TestBot bot) => bot.BlockedChats;

    public static string Invitation(Language language, string period = "2026") =>
        SharedModel.Knowledge.Texts.Format(CampaignTextKeys.Invitation, language, ("survey", Survey.Title.In(language)), ("period", period));

    public static string Closed(Language language, string period = "2026") =>
        SharedModel.Knowledge.Texts.Format(CampaignTextKeys.SurveyClosed, language, ("survey", Survey.Title.In(language)), ("period", period));

    /// <summary>Messages queued for a conversation and not yet delivered, oldest first.</summary>
    public static IReadOnlyList<OutgoingMessage> Pending(TestBot bot, string conversationId) =>
        bot.ConversationOutbox.PendingAfter(conversationId, 0, 100).Select(i => i.Message).ToList();

    /// <summary>A conversation stored as a turn would leave it, with news consent or without.</summary>
    public static Conversation Stored(TestBot bot, string channel, string chatId, Language language, bool subscribed)
    {
        var conversation = new Conversation
        {
            Id = ConversationIds.Of(channel, chatId),
            Channel = channel,
            ChatId = chatId,
            Language = language,
            News = subscribed ? new NewsConsent { GivenAt = bot.Time.GetUtcNow() } : null,
            CreatedAt = bot.Time.GetUtcNow(),
            UpdatedAt = bot.Time.GetUtcNow(),
        };
        bot.Store.Commit(new TurnRecord(conversation, null, [], [], [], []));
        return conversation;
    }

    /// <summary>Records that a conversation completed the survey in a period, as the flow's last turn does.</summary>
    public static void Completed(TestBot bot, Conversation conversation, string period)
    {
        var writes = new FlowWrites();
        writes.Participations.Add(new FlowParticipation { Id = FlowParticipation.Key(Id, period, conversation.Id), CompletedAt = bot.Time.GetUtcNow() });
        bot.Store.Commit(new TurnRecord(conversation, null, [], [], [], [], Flows: writes));
    }

    /// <summary>From the opening to the thanks by buttons only, no contact.</summary>
    public static TestFlow SurveyToTheEnd(this TestFlow flow, Language language) => flow
        .AssertReply(Opening(language)).AssertReplyStartsWith(Asked("sector", 1, 11, language))
        .Press(Label("sector", "trade", language)).AssertReply(_ => { })
        .Press(Label("size", "micro", language)).AssertReply(_ => { })
        .Press(Label("district", "medeu", language)).AssertReply(_ => { })
        .Send("3").AssertReply(_ => { })
        .Press("4").AssertReply(_ => { })
        .Press(Label("barriers", "taxes", language)).AssertReply(_ => { })
        .Press(Text(FlowTextKeys.ButtonDone, language)).AssertReply(_ => { })
        .Press(Label("online_services", "used_ok", language)).AssertReply(_ => { })
        .Press(Label("state_support", "aware", language)).AssertReply(_ => { })
        .Press("4").AssertReply(_ => { })
        .Press("9").AssertReply(_ => { })
        .Press(Text(FlowTextKeys.ButtonSkip, language)).AssertReply(_ => { })
        .Press(Text(TextKeys.ButtonNo, language)).AssertReply(Survey.Done.In(language));

    public static string T(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language);
}
