using ChatBot.Host.Cli;

namespace ChatBot.Tests.Host;

/// <summary>`chatbot nlu eval` given a file that is not there or a bad line: one clear line and exit 2, before any training.</summary>
public sealed class NluEvalCommandTests
{
    [Theory]
    [InlineData("--test")]
    [InlineData("--train")]
    [InlineData("--val")]
    [InlineData("--follow-ups")]
    public async Task AMissingFileExitsWithTwoInsteadOfAStackTrace(string option)
    {
        using var folder = new ChatBot.Testing.TemporaryFolder();
        var present = folder.File("present.jsonl");
        File.WriteAllText(present, "{\"text\":\"как открыть ИП?\",\"intent\":\"open_ip\"}\n");
        var missing = folder.File("missing.jsonl");
        string[] args = option == "--test" ? ["nlu", "eval", "--test", missing] : ["nlu", "eval", "--test", present, option, missing];

        Assert.Equal(2, await Verbs.RunAsync(args));
    }

    [Theory]
    [InlineData("--test")]
    [InlineData("--val")]
    public async Task ABadLineIsNamedByFileAndLineWithExitTwoAndNoStackTrace(string option)
    {
        using var folder = new ChatBot.Testing.TemporaryFolder();
        var good = folder.File("good.jsonl");
        File.WriteAllText(good, "{\"text\":\"как открыть ИП?\",\"lang\":\"ru\",\"intent\":\"register_sole_proprietor\"}\n");
        var bad = folder.File("bad.jsonl");
        File.WriteAllText(bad, "{\"text\":\"как открыть ИП?\",\"lang\":\"ru\",\"intent\":\"register_sole_proprietor\"}\n{\"text\":\"эцп для тоо\",\"intent\":\"get_eds\",\"mention\":\"ТОО\"}\n");
        string[] args = option == "--test" ? ["nlu", "eval", "--test", bad] : ["nlu", "eval", "--test", good, "--val", bad];

        var (exit, errors) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains($"{bad}:2: 'mention' must be a non-empty list of words", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    /// <summary>Other tests may write to the console meanwhile; their lines only add to what is read here.</summary>
    private static async Task<(int Exit, string Errors)> RunAsync(string[] args)
    {
        var original = Console.Error;
        var captured = new StringWriter();
        Console.SetError(TextWriter.Synchronized(captured));
        try
        {
            return (await Verbs.RunAsync(args), captured.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Fact]
    public async Task AMalformedFollowUpLineExitsWithTwoBeforeAnyTraining()
    {
        using var folder = new ChatBot.Testing.TemporaryFolder();
        var pairs = folder.File("follow-ups.jsonl");
        File.WriteAllText(pairs, "{\"first\":\"как открыть ип\",\"follow_up\":\"а для тоо?\",\"lang\":\"en\",\"expected\":\"register_llp\"}\n");

        Assert.Equal(2, await Verbs.RunAsync(["nlu", "eval", "--follow-ups", pairs]));
    }
}
