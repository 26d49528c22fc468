using ChatBot.Host.Cli;

namespace ChatBot.Tests.Host;

/// <summary>`chatbot nlu eval` given a file that is not there: one clear line and exit 2, before any training.</summary>
public sealed class NluEvalCommandTests
{
    [Theory]
    [InlineData("--test")]
    [InlineData("--train")]
    [InlineData("--val")]
    public async Task AMissingFileExitsWithTwoInsteadOfAStackTrace(string option)
    {
        using var folder = new ChatBot.Testing.TemporaryFolder();
        var present = folder.File("present.jsonl");
        File.WriteAllText(present, "{\"text\":\"как открыть ИП?\",\"intent\":\"open_ip\"}\n");
        var missing = folder.File("missing.jsonl");
        string[] args = option == "--test" ? ["nlu", "eval", "--test", missing] : ["nlu", "eval", "--test", present, option, missing];

        Assert.Equal(2, await Verbs.RunAsync(args));
    }
}
