using ChatBot.Host.Cli;
using ChatBot.Tests.Knowledge;

namespace ChatBot.Tests.Host;

/// <summary><c>chatbot check</c> warns about topics an editor should finish or re-check, and still passes.</summary>
public sealed class CheckEditorialWarningsTests : IDisposable
{
    private readonly KnowledgeFixture _knowledge = new();

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public void Check_warns_about_a_topic_without_a_short_answer_and_one_past_its_review_date_and_exits_with_zero()
    {
        _knowledge.WithFaq(
            "a.yaml",
            "intents:\n"
            + KnowledgeFixture.Topic("topic_one")
            + KnowledgeFixture.Topic("topic_two", asOf: "2020-01-01", extra: "    review_by: 2020-06-30\n    short: { ru: Коротко., kk: Қысқаша. }\n")
            + KnowledgeFixture.Topic("topic_three", asOf: "2026-12-01", extra: "    review_by: 2099-06-30\n    short: { ru: Коротко., kk: Қысқаша. }\n"));

        var (exit, errors) = Run(["--knowledge", _knowledge.Root, "--dialogs", EmptyDialogs()]);

        Assert.Equal(0, exit);
        Assert.Contains("knowledge/faq/a.yaml:2: warning: topic 'topic_one' has no short answer", errors);
        Assert.Contains("knowledge/faq/a.yaml:29: warning: topic 'topic_two' was due for review by 2020-06-30", errors);
        Assert.DoesNotContain("'topic_three'", errors);
        Assert.Contains("2 warning(s): 1 topic(s) without a short answer, 1 past their review date", errors);
    }

    [Fact]
    public void Check_prints_no_warning_for_finished_topics()
    {
        _knowledge.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", asOf: "2026-12-01", extra: "    review_by: 2099-06-30\n    short: { ru: Коротко., kk: Қысқаша. }\n"));

        var (exit, errors) = Run(["--knowledge", _knowledge.Root, "--dialogs", EmptyDialogs()]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("topic_one", errors);
    }

    private string EmptyDialogs() => Directory.CreateDirectory(Path.Combine(_knowledge.Root, "..", "dialogs")).FullName;

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
