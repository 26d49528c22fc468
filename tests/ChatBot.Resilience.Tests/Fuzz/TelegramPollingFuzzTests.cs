using System.Diagnostics;
using ChatBot.Resilience.Tests.Fuzz.Http;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// The service as its own process polling a fake Bot API through the real Telegram.Bot client, fed generated updates
/// (<see cref="TelegramUpdates"/>: missing fields, wrong types, huge texts, callback data forged for every step of every
/// flow, the dialog tests' flow with one step of every type among them). Every update is confirmed, nothing is logged at error level, and afterwards a new user is answered. The same
/// generator feeds the webhook in <see cref="HttpFuzzTests"/>.
/// </summary>
public sealed class TelegramPollingFuzzTests(ITestOutputHelper output)
{
    private const int Updates = 2_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task TwoThousandGeneratedUpdatesByLongPollingAreAllConfirmedAndLeaveTheBotAnswering()
    {
        var seed = RunSeed.Choose();
        output.WriteLine($"Telegram fuzz: seed {seed} ({RunSeed.Variable}={seed} replays it)");
        await using var api = await FakeBotApi.StartAsync();
        using var dialogs = EveryStepType.AsDialogsFolder();
        using var service = await ServiceProcess.StartAsync(
            "--Telegram:Token=" + FakeBotApi.Token, "--Telegram:ApiBaseUrl=" + api.BaseUrl, "--Telegram:PollTimeoutSeconds=1",
            "--ChatBot:DialogsDir=" + dialogs.Path);
        var random = new Random(seed);
        var text = new FuzzText(random, [.. SharedModel.Knowledge.Intents.SelectMany(i => i.Questions.Values.SelectMany(q => q))]);
        var flows = EveryStepType.AndTheRepositoryFlows();
        var payloads = new ForgedPayloads(random, text, flows, [.. SharedModel.Knowledge.Intents.Select(i => i.Id)], SharedModel.Knowledge.Categories);
        var updates = new TelegramUpdates(random, text, payloads, flows);
        var watch = Stopwatch.StartNew();

        var last = 0L;
        for (var i = 0; i < Updates; i++)
        {
            last = api.AddUpdate(updates.NextForPolling());
        }

        var until = DateTime.UtcNow + Patience;
        while (!(api.ConfirmedOffset > last) && DateTime.UtcNow < until && !service.HasExited)
        {
            await Task.Delay(200);
        }

        var confirmed = watch.Elapsed;
        Assert.False(service.HasExited, "the service stopped:\n" + service.Output);
        Assert.True(api.ConfirmedOffset > last, $"updates up to {last} were given, only those below {api.ConfirmedOffset} confirmed (seed {seed})\n{service.Output}");
        var user = api.User(9_000_001);
        user.Send("/start");
        Assert.NotEmpty((await user.NextReplyAsync()).Text);
        var failures = service.Output.Split('\n').Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, $"the service logged failures (seed {seed}):\n{service.Output}");
        var skipped = service.Output.Split('\n').Count(l => l.Contains("skipped", StringComparison.Ordinal));
        output.WriteLine($"Telegram fuzz: {Updates:N0} updates by long polling, all confirmed in {confirmed.TotalSeconds:0} s; "
            + $"{skipped} skipped as unreadable or malformed, {api.Calls("sendMessage").Count:N0} messages sent");
    }
}
