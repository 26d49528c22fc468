using ChatBot.Core.Messages;
using ChatBot.Core.Sessions;
using ChatBot.Testing;

namespace ChatBot.Tests.Sessions;

/// <summary>The page or campaign a session came from: deep links and the widget's attribute, through the real engine.</summary>
public sealed class TrafficSourceTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("/start src_portal_main", "portal_main")]
    [InlineData("/start src_news-2026_11", "news-2026_11")]
    [InlineData("/start src_Portal", null)]
    [InlineData("/start src_порт", null)]
    [InlineData("/start src_", null)]
    [InlineData("/start src_a1234567890123456789012345678901234567890", null)]
    [InlineData("/start", null)]
    public async Task ADeepLinksSourceIsKeptWhenItIsOneToFortyOfLowerLettersDigitsDashesAndUnderscores(string start, string? source)
    {
        await _bot.Conversation().Send(start).AssertReply(_ => { }).StartTestAsync();

        Assert.Equal(source, (await Ended()).Source);
    }

    [Fact]
    public async Task ASourceAfterAnotherDeepLinkLeavesThatLinkWorkingAsBefore()
    {
        string? plain = null;
        string? combined = null;
        await _bot.Conversation("a").Send("/start topic_taxes").AssertReply(r => plain = r.Text).StartTestAsync();
        await _bot.Conversation("b").Send("/start topic_taxes__src_newsletter").AssertReply(r => combined = r.Text).StartTestAsync();

        Assert.Equal(plain, combined);
        Assert.Equal(
            [null, "newsletter"],
            (await EndedAll()).OrderBy(o => o.ConversationId, StringComparer.Ordinal).Select(o => o.Source));
    }

    [Fact]
    public async Task TheSourceASessionStartedWithStaysAndALaterOneCountsForTheNextSession()
    {
        await _bot.Conversation()
            .Send("/start src_portal").AssertReply(_ => { })
            .Send("/start src_instagram").AssertReply(_ => { })
            .Do(() => _bot.Time.Advance(SessionRules.IdleEnd))
            .Send("как открыть ИП?").AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(["portal", "instagram"], (await EndedAll()).Select(o => o.Source));
    }

    [Fact]
    public async Task TheWidgetsSourceComesWithTheMessageAndABadOneIsIgnored()
    {
        await _bot.Engine.HandleAsync(new IncomingMessage("web", "w1", "как открыть ИП?", null, "1", _bot.Time.GetUtcNow(), Source: "tax-page"));
        await _bot.Engine.HandleAsync(new IncomingMessage("web", "w2", "как открыть ИП?", null, "1", _bot.Time.GetUtcNow(), Source: "Tax Page!"));

        Assert.Equal(
            ["tax-page", null],
            (await EndedAll()).OrderBy(o => o.ConversationId, StringComparer.Ordinal).Select(o => o.Source));
    }

    private async Task<SessionOutcome> Ended() => Assert.Single(await EndedAll());

    private async Task<IReadOnlyList<SessionOutcome>> EndedAll()
    {
        _bot.Time.Advance(SessionRules.IdleEnd);
        await _bot.SessionSweeper.RunOnceAsync();
        return _bot.SessionOutcomes.StartedBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
    }
}
