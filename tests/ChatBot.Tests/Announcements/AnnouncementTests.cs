using ChatBot.Core.Announcements;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Testing;
using static ChatBot.Tests.Announcements.AnnouncementScript;

namespace ChatBot.Tests.Announcements;

/// <summary>Who an announcement reaches, once each, in their language; stopping, resuming, unsubscribing under it; the figures.</summary>
public sealed class AnnouncementTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void OnlySubscribersOfItsTopicsOnItsChannelsGetItOnceInTheirLanguage()
    {
        Subscriber("telegram", "ru-support", Language.Ru, NewsTopics.Support);
        Subscriber("web", "kk-all", Language.Kk);
        Subscriber("telegram", "tax-only", Language.Ru, NewsTopics.Tax);
        Subscriber("test", "terminal", Language.Ru, NewsTopics.Support);
        Subscriber("telegram", "not-subscribed", Language.Ru, null);
        var desk = Desk(_bot);
        var id = desk.Create(Draft(NewsTopics.Support), "admin").View!.Announcement.Id;

        var sent = desk.Send(id, "admin");

        Assert.Equal((2, 1, 1), (sent.Queueing!.Queued, sent.Queueing.OtherTopics, sent.Queueing.OtherChannels));
        var ru = Assert.Single(Waiting(_bot, "ru-support"));
        Assert.Equal(Text(Ru, Language.Ru, NewsTopics.Support), ru.Text);
        Assert.Equal([NewsPayloads.Settings, NewsPayloads.Unsubscribe], ru.Buttons.Select(b => b.Payload));
        var kk = Assert.Single(_bot.ConversationOutbox.PendingAfter("web:kk-all", 0, 10));
        Assert.Equal(Text(Kk, Language.Kk, NewsTopics.Support), kk.Message.Text);
        Assert.Equal(HttpConflict, desk.Send(id, "admin").Outcome);
        Assert.Equal(new RecipientCounts(1, 1, 0, 0, 0), desk.View(id)!.Recipients);
    }

    [Fact]
    public void AStoppedAnnouncementWaitsAndResumingSendsTheRestEachOnceAndReachesNewSubscribers()
    {
        foreach (var chat in new[] { "1", "2", "3" })
        {
            Subscriber("telegram", chat, Language.Ru);
        }

        var desk = Desk(_bot);
        var id = Sent(_bot, Draft());
        _bot.Outbox.MarkDelivered(_bot.Outbox.Pending("telegram", 10).First(i => i.ChatId == "1").Id, _bot.Time.GetUtcNow());

        Assert.Equal(AnnouncementOutcome.Done, desk.Stop(id, "admin").Outcome);
        Assert.Empty(_bot.Outbox.Pending("telegram", 10));
        Assert.Equal(new RecipientCounts(2, 1, 0, 0, 0), desk.View(id)!.Recipients);
        Assert.Equal(HttpConflict, desk.Stop(id, "admin").Outcome);

        Subscriber("telegram", "4", Language.Ru);
        var resumed = desk.Resume(id, "admin");

        Assert.Equal((1, 3), (resumed.Queueing!.Queued, resumed.Queueing.AlreadyQueued));
        Assert.Equal(["2", "3", "4"], _bot.Outbox.Pending("telegram", 10).Select(i => i.ChatId).Order(StringComparer.Ordinal));
        Assert.Equal(4, _bot.Announcements.Recipients(id).Select(r => r.Delivery.ConversationId).Distinct().Count());
        Assert.Equal(HttpConflict, desk.Resume(id, "admin").Outcome);
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task TheButtonUnderAnAnnouncementUnsubscribesAndWithdrawsWhatIsStillWaiting(Language language)
    {
        string first = "", second = "";
        await _bot.Conversation("user-1", "telegram")
            .Send("/lang " + language.Code()).AssertReply(_ => { })
            .Send("/news").AssertReply(_ => { })
            .Press(T(CampaignTextKeys.ButtonSubscribe, language)).AssertText(CampaignTextKeys.NewsSubscribed, language)
            .Do(() => first = Sent(_bot, Draft(NewsTopics.Support)))
            .Do(() => second = Sent(_bot, Draft(NewsTopics.Tax)))
            .Receive(() => [Waiting(_bot, "user-1").First(m => m.Text.StartsWith(language == Language.Kk ? Kk : Ru, StringComparison.Ordinal))])
            .AssertReply(Text(language == Language.Kk ? Kk : Ru, language, NewsTopics.Support))
            .Do(() => _bot.Outbox.MarkDelivered(_bot.Announcements.Recipients(first).Single().Delivery.OutboxId, _bot.Time.GetUtcNow()))
            .Press(Unsubscribe(language)).AssertText(CampaignTextKeys.NewsUnsubscribed, language)
            .StartTestAsync();

        Assert.Equal(RecipientStatus.Sent, _bot.Announcements.Recipients(first).Single().Status);
        Assert.Equal(RecipientStatus.Withdrawn, _bot.Announcements.Recipients(second).Single().Status);
        Assert.DoesNotContain(_bot.Outbox.Pending("telegram", 10), i => i.Id == _bot.Announcements.Recipients(second).Single().Delivery.OutboxId);
    }

    [Fact]
    public void TheSurveyInvitationIsTheAnnouncementOfTheTopicSurveys()
    {
        Subscriber("telegram", "all", Language.Ru);
        Subscriber("telegram", "tax-only", Language.Ru, NewsTopics.Tax);

        var opened = Campaigns.CampaignScript.Desk(_bot).Open(Flows.SurveyScript.Id, "2026", "admin");

        Assert.Equal((1, 1), (opened.Invitations!.Invited, opened.Invitations.OtherTopics));
        Assert.Empty(Waiting(_bot, "tax-only"));
    }

    [Fact]
    public void AnAnnouncementCarryingASurveyHasItsStartButton()
    {
        Subscriber("telegram", "1", Language.Kk);

        Sent(_bot, Draft(NewsTopics.Surveys) with { SurveyId = "business_climate_survey" });

        Assert.Equal(
            [Core.Flows.FlowPayloads.Start("business_climate_survey"), NewsPayloads.Settings, NewsPayloads.Unsubscribe],
            Waiting(_bot, "1").Single().Buttons.Select(b => b.Payload));
    }

    [Theory]
    [InlineData(null, Kk, "support", "telegram", null, "the text in ru is missing")]
    [InlineData(Ru, " ", "support", "telegram", null, "the text in kk is missing")]
    [InlineData(Ru, Kk, "sport", "telegram", null, "no topic 'sport'")]
    [InlineData(Ru, Kk, "", "telegram", null, "no topic chosen")]
    [InlineData(Ru, Kk, "support", "whatsapp", null, "no channel 'whatsapp'")]
    [InlineData(Ru, Kk, "support", "telegram", "no_such_survey", "no survey 'no_such_survey'")]
    public void ADraftThatCannotBeSentIsRefusedWithTheReason(string? ru, string? kk, string topics, string channels, string? survey, string reason)
    {
        var draft = new AnnouncementDraft(ru, kk, topics.Split(',', StringSplitOptions.RemoveEmptyEntries), channels.Split(','), survey);

        var result = Desk(_bot).Create(draft, "admin");

        Assert.Equal(AnnouncementOutcome.Invalid, result.Outcome);
        Assert.StartsWith(reason, result.Reason);
        Assert.Empty(_bot.Announcements.All());
    }

    [Fact]
    public void ATextLongerThanOneTelegramMessageLeavesRoomForIsRefused() =>
        Assert.StartsWith("the text in ru has 3501 characters", Desk(_bot).Create(Draft() with { TextRu = new string('а', 3501) }, "admin").Reason);

    [Fact]
    public void TheFiguresCountAnnouncementsSentRecipientsByStatusAndSubscribersByTopic()
    {
        Subscriber("telegram", "1", Language.Ru);
        Subscriber("telegram", "2", Language.Ru, NewsTopics.Support, NewsTopics.Tax);
        Subscriber("telegram", "3", Language.Ru, NewsTopics.Tax);
        _bot.BlockedChats.MarkBlocked("telegram", "3", _bot.Time.GetUtcNow());
        var support = Sent(_bot, Draft(NewsTopics.Support));
        Sent(_bot, Draft(NewsTopics.Tax));
        Desk(_bot).Create(Draft(NewsTopics.Trainings), "admin");
        _bot.Outbox.MarkDelivered(_bot.Announcements.Recipients(support)[0].Delivery.OutboxId, _bot.Time.GetUtcNow());
        var today = _bot.Time.GetUtcNow();

        var figures = new AnnouncementReport(_bot.Announcements).For(today.AddDays(-1), today.AddDays(1));

        Assert.Equal(2, figures.Sent);
        Assert.Equal(new RecipientCounts(3, 1, 0, 0, 0), figures.Recipients);
        Assert.Equal(3, figures.Subscribers);
        Assert.Equal(new Dictionary<string, int> { ["trainings"] = 1, ["support"] = 2, ["tax"] = 3, ["surveys"] = 1 }, figures.SubscribersByTopic);
        Assert.Equal(0, new AnnouncementReport(_bot.Announcements).For(today.AddDays(1), today.AddDays(2)).Sent);
    }

    private const AnnouncementOutcome HttpConflict = AnnouncementOutcome.Conflict;

    /// <summary>A conversation stored as a turn leaves it; <paramref name="topics"/> null for no consent, empty for every topic.</summary>
    private void Subscriber(string channel, string chatId, Language language, params string[]? topics) => _bot.Store.Commit(new TurnRecord(
        new Conversation
        {
            Id = ConversationIds.Of(channel, chatId),
            Channel = channel,
            ChatId = chatId,
            Language = language,
            News = topics is null ? null : new NewsConsent { GivenAt = _bot.Time.GetUtcNow(), Topics = topics.Length > 0 ? [.. topics] : null },
            CreatedAt = _bot.Time.GetUtcNow(),
            UpdatedAt = _bot.Time.GetUtcNow(),
        },
        null, [], [], [], []));
}
