using ChatBot.Nlu.Evaluation;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;

namespace ChatBot.Tests.Nlu;

/// <summary>
/// Floors under the classifier's measured quality, per language, with the bot's own decision
/// policy: a change to the knowledge base or the pipeline that makes the bot worse fails here.
/// The floors sit a little below the figures in docs/understanding.md.
/// </summary>
public sealed class AccuracyFloorTests
{
    [Fact]
    public void FiveFoldCrossValidationOnTheKnowledgeBaseKeepsItsAccuracyInEachLanguage()
    {
        var scored = CrossValidation.Run(KnowledgeExamples.From(SharedModel.Knowledge), folds: 5);

        var report = EvaluationReport.Build(scored, SharedModel.Knowledge.Thresholds, 0);

        AssertFloor(report, "ru", inScope: Floors.CrossValidationInScope, top3: Floors.CrossValidationTop3);
        AssertFloor(report, "kk", inScope: Floors.CrossValidationInScope, top3: Floors.CrossValidationTop3);
    }

    [Fact]
    public void AHeldOutFifthOfTheKnowledgeBaseIsAnsweredInEachLanguage()
    {
        var examples = KnowledgeExamples.From(SharedModel.Knowledge);
        var heldOut = examples.Where((_, i) => i % 5 == 2).ToList();
        var model = IntentModelTrainer.Train(examples.Where((_, i) => i % 5 != 2).ToList());

        var report = EvaluationReport.Build(ScoredExample.Score(model, heldOut), SharedModel.Knowledge.Thresholds, 0);

        AssertFloor(report, "ru", inScope: Floors.OneFifthInScope, top3: Floors.CrossValidationTop3);
        AssertFloor(report, "kk", inScope: Floors.OneFifthInScope, top3: Floors.CrossValidationTop3);
    }

    [Fact]
    public void QuestionsWrittenApartFromTheKnowledgeBaseAreAnsweredAndOutOfScopeOnesAreNot()
    {
        var questions = EvaluationSet.Read(Path.Combine(RepositoryPaths.Shared, "domain", "dev-questions.jsonl"));

        var report = EvaluationReport.Build(ScoredExample.Score(SharedModel.Model, questions), SharedModel.Knowledge.Thresholds, 0);

        foreach (var lang in new[] { "ru", "kk" })
        {
            AssertFloor(report, lang, inScope: Floors.HeldOutInScope, top3: Floors.HeldOutTop3);
            Assert.True(report.ByLanguage[lang].OosRecall >= Floors.HeldOutOosRecall, $"{lang} out-of-scope recall {report.ByLanguage[lang].OosRecall}");
        }
    }

    [Fact]
    public void TheRepositorysConversationQualitySetIsAnsweredAndItsOutOfScopeLinesAreNot()
    {
        var questions = EvaluationSet.Read(Path.Combine(RepositoryPaths.Root, "tests", "evaluation", "questions.jsonl"));

        var report = EvaluationReport.Build(ScoredExample.Score(SharedModel.Model, questions), SharedModel.Knowledge.Thresholds, 0);

        foreach (var lang in new[] { "ru", "kk" })
        {
            AssertFloor(report, lang, inScope: Floors.QualitySetInScope, top3: Floors.HeldOutTop3);
            Assert.True(report.ByLanguage[lang].OosRecall >= Floors.QualitySetOosRecall, $"{lang} out-of-scope recall {report.ByLanguage[lang].OosRecall}");
        }
    }

    private static void AssertFloor(EvaluationReport report, string lang, double inScope, double top3)
    {
        var metrics = report.ByLanguage[lang];
        Assert.True(metrics.InScopeAccuracy >= inScope, $"{lang} in-scope accuracy {metrics.InScopeAccuracy} < {inScope}");
        Assert.True(metrics.Top3Recall >= top3, $"{lang} top-3 recall {metrics.Top3Recall} < {top3}");
    }

    private static class Floors
    {
        // Lowered from 0.86 when 28 topics joined, five of them sub-cases of older ones (an ЭЦП for
        // an ТОО beside the ЭЦП, the chamber's benefits beside its fees): a phrasing held out of a
        // pair is often taken for its sibling. Questions written apart from the knowledge base
        // are the truer measure and keep their floors below.
        public const double CrossValidationInScope = 0.84;
        public const double CrossValidationTop3 = 0.97;

        // One fifth alone is about 110 phrasings a language, and which fifth a phrasing falls in moves when phrasings
        // are added before it: the same knowledge gave kk 0.838 with this split and ru 0.819 with a split by the
        // text's hash, while the five folds together held 0.84. The five-fold fact above holds the 0.84; this one
        // catches a collapse.
        public const double OneFifthInScope = 0.81;
        public const double HeldOutInScope = 0.92;
        public const double HeldOutTop3 = 0.97;
        public const double HeldOutOosRecall = 0.88;
        public const double QualitySetInScope = 0.93;
        public const double QualitySetOosRecall = 0.85;
    }
}
