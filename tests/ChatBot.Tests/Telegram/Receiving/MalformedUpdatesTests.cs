using System.Text.Json.Nodes;
using ChatBot.Testing;
using ChatBot.Testing.Telegram;

namespace ChatBot.Tests.Telegram.Receiving;

/// <summary>
/// Long polling through the real Telegram.Bot client, the service as its own process: updates that a forged request or
/// another Bot API server could send must not stop the updates after them, nor put a user's words into the log.
/// </summary>
public sealed class MalformedUpdatesTests
{
    private const string Secret = "слова пользователя";

    [Fact]
    public async Task UpdatesThatCannotBeReadOrLackTheirChatAreConfirmedWithOneWarningEachAndTheNextIsAnswered()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var service = await ServiceProcess.StartAsync(
            "--Telegram:Token=" + FakeBotApi.Token, "--Telegram:ApiBaseUrl=" + api.BaseUrl, "--Telegram:PollTimeoutSeconds=1");
        var withoutChat = api.AddUpdate(new JsonObject
        {
            ["message"] = new JsonObject { ["message_id"] = 1, ["date"] = 1_772_424_000, ["text"] = Secret },
        });
        var chatIdNotANumber = api.AddUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 2, ["date"] = 1_772_424_000, ["text"] = Secret,
                ["chat"] = new JsonObject { ["id"] = "x", ["type"] = "private" },
            },
        });
        var pressOfNobody = api.AddUpdate(new JsonObject
        {
            ["callback_query"] = new JsonObject { ["id"] = "q", ["chat_instance"] = "i", ["data"] = Secret },
        });
        var user = api.User(7_100);

        user.Send("/start");

        Assert.NotEmpty((await user.NextReplyAsync()).Text);
        Assert.True(api.ConfirmedOffset > pressOfNobody, $"confirmed up to {api.ConfirmedOffset}:\n{service.Output}");
        await WaitForAsync(service, () => Lines(service, "skipped").Count >= 3);
        var skipped = Lines(service, "skipped");
        Assert.Equal(3, skipped.Count);
        Assert.All([withoutChat, chatIdNotANumber, pressOfNobody], id => Assert.Single(skipped, l => l.Contains($"update {id} ", StringComparison.Ordinal)));
        Assert.All(skipped, l => Assert.StartsWith("warn:", l, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", service.Output, StringComparison.Ordinal);
    }

    /// <summary>The service's log lines with <paramref name="text"/>, each with the line before it (the console logger puts the level there).</summary>
    private static List<string> Lines(ServiceProcess service, string text)
    {
        var lines = service.Output.Split('\n');
        return lines.Select((line, i) => (line, i)).Where(l => l.line.Contains(text, StringComparison.Ordinal))
            .Select(l => (l.i > 0 ? lines[l.i - 1] : "") + l.line).ToList();
    }

    /// <summary>The console logger writes from a queue of its own.</summary>
    private static async Task WaitForAsync(ServiceProcess service, Func<bool> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < until && !service.HasExited)
        {
            await Task.Delay(100);
        }
    }
}
