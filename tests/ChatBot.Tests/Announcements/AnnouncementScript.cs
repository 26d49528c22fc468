using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Announcements;

/// <summary>What announcement tests share: the desk on a <see cref="TestBot"/>, a draft, the texts.</summary>
internal static class AnnouncementScript
{
    public const string Ru = "Открыт приём заявок на грант «Бастау Бизнес».";
    public const string Kk = "«Бастау Бизнес» грантына өтінім қабылдау ашылды.";

    public static AnnouncementDesk Desk(TestBot bot) =>
        new(bot.Knowledge.Texts, bot.Announcements, new AnnouncementQueue(bot.Knowledge.Texts, bot.Announcements, bot.BlockedChats, bot.Time), new HashSet<string> { "business_climate_survey" }, bot.Time);

    public static AnnouncementDraft Draft(params string[] topics) =>
        new(Ru, Kk, topics.Length > 0 ? topics : [NewsTopics.Support], ["telegram", "web"]);

    /// <summary>Writes and sends an announcement; returns its id.</summary>
    public static string Sent(TestBot bot, AnnouncementDraft draft)
    {
        var desk = Desk(bot);
        var id = desk.Create(draft, "admin").View!.Announcement.Id;
        Assert.Equal(AnnouncementOutcome.Done, desk.Send(id, "admin").Outcome);
        return id;
    }

    /// <summary>The text an announcement reaches a subscriber of <paramref name="topic"/> with.</summary>
    public static string Text(string text, Language language, string topic) => text + "\n\n" +
        SharedModel.Knowledge.Texts.Format(AnnouncementTextKeys.Footer, language, ("topic", T(NewsTopics.TitleKey(topic), language)));

    /// <summary>The messages waiting for Telegram, for one chat.</summary>
    public static IReadOnlyList<OutgoingMessage> Waiting(TestBot bot, string chatId) =>
        bot.Outbox.Pending("telegram", 10_000).Where(i => i.ChatId == chatId).Select(i => i.Message).ToList();

    public static string T(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language);

    public static string Toggle(string topic, bool on, Language language) => (on ? "☑ " : "☐ ") + T(NewsTopics.TitleKey(topic), language);

    public static string Unsubscribe(Language language) => T(CampaignTextKeys.ButtonUnsubscribe, language);
}
