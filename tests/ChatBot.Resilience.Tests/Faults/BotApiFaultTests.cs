using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Resilience.Tests.Faults;

/// <summary>
/// The service as its own process, polling Telegram through a Bot API that fails for a while: flood control (429
/// with retry_after), 500 and 502, connections refused, calls that never answer. Twenty users take the survey by
/// Telegram throughout. Afterwards every reply has arrived exactly once and in its order.
/// </summary>
public sealed class BotApiFaultTests(ITestOutputHelper output)
{
    public const string WindowVariable = "CHATBOT_FAULT_SECONDS";
    private const int Users = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    // Each fault's share of the window. A call left hanging times out 31 s later (the client waits a poll's length plus
    // 30 s), through the refused connections that follow: the port closes, the calls already taken go on.
    private static readonly (BotApiFault Fault, double Share)[] Schedule =
        [(BotApiFault.FloodControl, 0.2), (BotApiFault.ServerErrors, 0.25), (BotApiFault.Hang, 0.25), (BotApiFault.Refused, 0.3)];

    [Fact]
    public async Task RepliesGetThroughFloodControlServerErrorsRefusedConnectionsAndTimeoutsEachOnceAndInOrder()
    {
        var window = TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable(WindowVariable), CultureInfo.InvariantCulture, out var seconds) ? seconds : 40);
        var expected = await SurveyByTelegram.RepliesAsync(0);
        await using var telegram = await FakeBotApi.StartAsync();
        await using var flaky = await FlakyBotApi.StartAsync(telegram.BaseUrl);
        using var service = await ServiceProcess.StartAsync(
            "--Telegram:Token=" + FakeBotApi.Token, "--Telegram:ApiBaseUrl=" + flaky.BaseUrl, "--Telegram:PollTimeoutSeconds=1");
        await telegram.WaitUntilAsync(() => telegram.Calls("getUpdates").Count > 0, "the first poll");
        var users = Enumerable.Range(0, Users).Select(i => telegram.User(9_000 + i)).ToList();
        var watch = Stopwatch.StartNew();

        var typing = TypeThroughoutAsync(users, window);
        foreach (var (fault, share) in Schedule)
        {
            await flaky.FailAsync(fault);
            await Task.Delay(window * share);
        }

        await flaky.FailAsync(BotApiFault.None);
        await typing;
        var faultsEnded = watch.Elapsed;
        await AllRepliesArrivedAsync(telegram, users, expected.Count);
        var recovered = watch.Elapsed;

        // A second look a moment later: a reply sent twice would show up now.
        await Task.Delay(TimeSpan.FromSeconds(3));
        for (var i = 0; i < Users; i++)
        {
            var replies = telegram.Sent(users[i].ChatId).Select(m => WebUtility.HtmlDecode(m.Text)).ToList();
            var mine = await SurveyByTelegram.RepliesAsync(i);
            Assert.True(replies.SequenceEqual(mine), $"chat {users[i].ChatId}: got\n{string.Join("\n---\n", replies)}\nexpected\n{string.Join("\n---\n", mine)}");
        }

        var refused = Count(service.Output, "Connection refused");
        var timedOut = Count(service.Output, "Request timed out");
        output.WriteLine(
            $"faults: {window.TotalSeconds:0} s window; 429 ×{flaky.Failed.GetValueOrDefault(BotApiFault.FloodControl)}, "
            + $"500/502 ×{flaky.Failed.GetValueOrDefault(BotApiFault.ServerErrors)}, "
            + $"calls left hanging ×{flaky.Failed.GetValueOrDefault(BotApiFault.Hang)} ({timedOut} timeouts logged), refused connections logged ×{refused}; "
            + $"{Users} chats, {Users * SurveyByTelegram.Messages(0).Count} messages, {Users * expected.Count} replies delivered once each and in order, "
            + $"the last {(recovered - faultsEnded).TotalSeconds:0} s after the faults ended");
        Assert.All(Schedule.Where(s => s.Fault is not BotApiFault.Refused), s => Assert.True(flaky.Failed.GetValueOrDefault(s.Fault) > 0, $"no call met {s.Fault}"));
        Assert.True(refused > 0, "no connection was refused");
        Assert.True(timedOut > 0, "no call timed out");
        Assert.DoesNotContain("fail:", service.Output, StringComparison.Ordinal);
    }

    /// <summary>Each user types the survey's answers spread over the window, so that updates arrive in every fault.</summary>
    private static async Task TypeThroughoutAsync(IReadOnlyList<FakeTelegramUser> users, TimeSpan window)
    {
        var messages = users.Select((_, i) => SurveyByTelegram.Messages(i)).ToList();
        var pause = window / messages[0].Count;
        for (var m = 0; m < messages[0].Count; m++)
        {
            for (var u = 0; u < users.Count; u++)
            {
                users[u].Send(messages[u][m]);
            }

            await Task.Delay(pause);
        }
    }

    private static async Task AllRepliesArrivedAsync(FakeBotApi telegram, IReadOnlyList<FakeTelegramUser> users, int replies)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (users.Any(u => telegram.Sent(u.ChatId).Count < replies))
        {
            var counts = string.Join(", ", users.Select(u => telegram.Sent(u.ChatId).Count));
            Assert.True(DateTime.UtcNow < deadline, $"after {Patience.TotalMinutes} min, replies per chat: {counts} of {replies}");
            await Task.Delay(200);
        }
    }

    private static int Count(string log, string what) => Regex.Count(log, Regex.Escape(what));
}
