using ChatBot.Host.Cli;
using ChatBot.Testing;

namespace ChatBot.Tests.Host;

/// <summary>
/// A password typed at a terminal is asked twice, since nobody sees it, and two that differ change nothing; a script
/// gives it once, as the first line of stdin.
/// </summary>
public sealed class PasswordPromptTests
{
    [Fact]
    public async Task FromARedirectedStdinThePasswordIsItsFirstLineAskedOnce()
    {
        using var data = new TemporaryFolder();
        string[] folder = ["--ChatBot:DataDir=" + data.Path, "--ChatBot:DatabasePassword=prompt-password"];

        var (added, output) = await ServiceProcess.RunToEndWithInputAsync("correct-horse-7\n", ["operators", "add", "--login", "aigerim", .. folder]);

        Assert.True(added == 0, output);
        Assert.Equal("added aigerim as operator", output.Trim());
        Assert.Equal(0, (await ServiceProcess.RunToEndWithInputAsync("correct-horse-8\n", ["operators", "reset", "--login", "aigerim", .. folder])).ExitCode);
    }

    [Fact]
    public void TheSamePasswordTwiceIsTheOneTaken()
    {
        var prompts = new StringWriter();

        Assert.Equal("correct-horse-7", PasswordPrompt.Twice(Typed("correct-horse-7", "correct-horse-7"), prompts));
        Assert.Equal("password: the same password again: ", prompts.ToString());
    }

    [Fact]
    public void TwoPasswordsThatDifferAreRefusedInOneLine()
    {
        var refused = Assert.Throws<FormatException>(() => PasswordPrompt.Twice(Typed("correct-horse-7", "correct-hrose-7"), new StringWriter()));

        Assert.Equal("the two passwords differ; nothing was changed", refused.Message);
    }

    private static Func<string> Typed(params string[] lines)
    {
        var left = new Queue<string>(lines);
        return left.Dequeue;
    }
}
