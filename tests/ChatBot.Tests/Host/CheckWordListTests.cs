using ChatBot.Host.Cli;
using ChatBot.Tests.Knowledge;

namespace ChatBot.Tests.Host;

/// <summary><c>chatbot check</c> on a knowledge folder whose only fault is in its word lists.</summary>
public sealed class CheckWordListTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge = new();

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public void CheckNamesTheFileAndLineOfAWordWithTwoMeaningsAndExitsWithOne()
    {
        var words = File.ReadAllText(Path.Combine(_knowledge.Root, "system/words.yaml"));
        _knowledge.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"))
            .WithText("system/words.yaml", words.Replace("ru: [нет,", "ru: [да, нет,", StringComparison.Ordinal));

        var (exit, errors) = Run(["--knowledge", _knowledge.Root]);

        Assert.Equal(1, exit);
        Assert.Contains("knowledge/system/words.yaml:13: word 'да' of 'no' is already a word of 'yes' (line 9); a word may have one meaning only", errors);
    }

    /// <summary>Other tests may write to the console meanwhile; their lines only add to what is read here.</summary>
    private static (int Exit, string Errors) Run(string[] args)
    {
        var original = Console.Error;
        var captured = new StringWriter();
        Console.SetError(TextWriter.Synchronized(captured));
        try
        {
            return (CheckCommand.Run(args), captured.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
