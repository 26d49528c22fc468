using System.Net;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Messages;
using ChatBot.Host.Composition;
using ChatBot.Testing.Telegram;
using ChatBot.Tests.Telegram;
using static ChatBot.Tests.Campaigns.CampaignScript;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Campaigns;

/// <summary>Invitations reach Telegram users through the real client, the outbox and its rate-limited sender, on the fake Bot API.</summary>
[Collection(TelegramHostCollection.Name)]
public sealed class TelegramCampaignTests : IAsyncLifetime
{
    // A service of the test's own: its counts start from nothing.
    private readonly TelegramChannelFixture _telegram = new();

    public Task InitializeAsync() => _telegram.InitializeAsync();

    public Task DisposeAsync() => _telegram.DisposeAsync();

    [Fact]
    public async Task SubscribersGetTheInvitationInTheirLanguageItsButtonStartsTheSurveyAndABlockedChatIsSkipped()
    {
        var ru = _telegram.Api.User(7201, "ru");
        ru.Send("/news");
        Assert.Equal(T(CampaignTextKeys.NewsOffer, Language.Ru).Trim(), Decoded(await ru.NextReplyAsync()));
        ru.Press(T(CampaignTextKeys.ButtonSubscribe, Language.Ru));
        Assert.Equal(T(CampaignTextKeys.NewsSubscribed, Language.Ru), Decoded(await ru.NextReplyAsync()));

        var kk = _telegram.Api.User(7202, "kk");
        kk.Send("жаңалықтарға жазылу");
        Assert.Equal(T(CampaignTextKeys.NewsSubscribed, Language.Kk), Decoded(await kk.NextReplyAsync()));

        var gone = _telegram.Api.User(7203, "ru");
        gone.Send("подписаться");
        await gone.NextReplyAsync();
        gone.BlockBot();
        await _telegram.Api.WaitUntilAsync(() => _telegram.Host.Runtime.BlockedChats.IsBlocked("telegram", "7203"), "the block noticed");

        var opened = CampaignParts.Desk(_telegram.Host.Runtime, TimeProvider.System, notifier: null).Open(Id, null, "admin");

        Assert.Equal((2, 1), (opened.Invitations!.Invited, opened.Invitations.Blocked));
        var period = opened.Status!.Period;
        Assert.Equal(Invitation(Language.Ru, period), Decoded(await ru.NextReplyAsync()));
        Assert.Equal(Invitation(Language.Kk, period), Decoded(await kk.NextReplyAsync()));
        Assert.False(_telegram.Host.Runtime.Flows.Campaigns.IsInvited(Campaign.Key(Id, period), "telegram:7203"));

        ru.Press(T(CampaignTextKeys.ButtonStartSurvey, Language.Ru));
        Assert.Equal(Opening(Language.Ru), Decoded(await ru.NextReplyAsync()));
    }

    private static string Decoded(SentMessage message) => WebUtility.HtmlDecode(message.Text).Trim();
}
