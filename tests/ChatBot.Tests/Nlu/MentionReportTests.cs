using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Nlu.Evaluation;
using ChatBot.Nlu.Intents;

namespace ChatBot.Tests.Nlu;

/// <summary>The mentions figure and the known-topics figures of <c>nlu eval</c>'s report.</summary>
public sealed class MentionReportTests
{
    private static readonly AnswerTexts Answers = (intent, lang) => (intent, lang) switch
    {
        ("get_eds", "ru") => ["ЭЦП физического лица выдаётся онлайн; ключ юридического лица получает директор."],
        ("get_eds", "kk") => ["Жеке тұлғаның ЭЦҚ-сы онлайн беріледі."],
        ("register_llp", "ru") => ["ТОО регистрируется за один рабочий день."],
        _ => [],
    };

    [Fact]
    public void ASubCaseCountsOnlyWhenTheTopicIsRightAndItsAnswerNamesIt()
    {
        (ScoredExample, EvaluationQuestion)[] lines =
        [
            Line("эцп для тоо", "get_eds", "ru", ["юридическ"], answered: "get_eds"),
            Line("тоо эцп кайдан", "get_eds", "kk", ["заңды"], answered: "get_eds"),
            Line("регистрация тоо эцп", "get_eds", "ru", ["ТОО"], answered: "register_llp"),
            Line("как получить эцп", "get_eds", "ru", null, answered: "get_eds"),
        ];

        var report = Build(lines, known: ["get_eds", "register_llp"]);

        Assert.Equal(new MentionMetrics(3, 0.3333), report.Mentions);
        Assert.Equal(new MentionMetrics(2, 0.5), report.ByLanguage["ru"].Mentions);
        Assert.Equal(new MentionMetrics(1, 0), report.ByLanguage["kk"].Mentions);
    }

    [Fact]
    public void AFileWithoutSubCasesHasNoMentionsFigure()
    {
        var report = Build([Line("как получить эцп", "get_eds", "ru", null, answered: "get_eds")], known: ["get_eds"]);

        Assert.Null(report.Mentions);
        Assert.Null(report.ByLanguage["ru"].Mentions);
    }

    [Fact]
    public void TopicsTheModelDoesNotKnowAreMissesAndLeftOutOfTheKnownTopicsFigures()
    {
        (ScoredExample, EvaluationQuestion)[] lines =
        [
            Line("как получить эцп", "get_eds", "ru", null, answered: "get_eds"),
            Line("эцп для тоо", "get_eds_legal_entity", "ru", ["юридическ"], answered: "get_eds"),
            Line("погода", DecisionPolicy.OutOfScope, "ru", null, answered: DecisionPolicy.OutOfScope),
        ];

        var report = Build(lines, known: ["get_eds"]);

        Assert.Equal(0.5, report.InScopeAccuracy);
        Assert.Equal(["get_eds_legal_entity"], report.UnknownTopics);
        Assert.Equal((2, 1.0, 1.0), (report.KnownTopics!.Count, report.KnownTopics.InScopeAccuracy, report.KnownTopics.OosRecall));
        Assert.Null(report.KnownTopics.Mentions);
    }

    [Fact]
    public void AFileWhoseTopicsAreAllKnownHasNoKnownTopicsSection()
    {
        var report = Build([Line("погода", DecisionPolicy.OutOfScope, "ru", null, answered: DecisionPolicy.OutOfScope)], known: []);

        Assert.Null(report.UnknownTopics);
        Assert.Null(report.KnownTopics);
    }

    private static EvaluationReport Build((ScoredExample Scored, EvaluationQuestion Question)[] lines, string[] known) =>
        EvaluationReport.Build(
            lines.Select(l => l.Scored).ToList(), lines.Select(l => l.Question).ToList(),
            DecisionThresholds.Default, 0, Answers, known.ToHashSet());

    /// <summary>A question the classifier gives to <paramref name="answered"/> with full confidence.</summary>
    private static (ScoredExample, EvaluationQuestion) Line(string text, string label, string lang, string[]? mention, string answered)
    {
        var example = new TrainingExample(text, label, lang);
        var scores = new List<IntentScore> { new(answered, 1.0), new("other_topic", 0.0) };
        return (new ScoredExample(example, scores, 0), new EvaluationQuestion(example, mention));
    }
}
