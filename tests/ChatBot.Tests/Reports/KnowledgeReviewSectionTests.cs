using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Reports;
using ChatBot.Core.Storage;
using ChatBot.Core.Time;

namespace ChatBot.Tests.Reports;

/// <summary>
/// Topics with review-by dates, one of them changed by an editor in November, and answers given in November and
/// December; the report is made on 10 January 2027.
/// </summary>
public sealed class KnowledgeReviewSectionTests
{
    private readonly SmallReport _small = new();

    public KnowledgeReviewSectionTests()
    {
        // VAT was due on 10 November until an editor checked it on 20 November and set 30 November.
        _small.Reviews = new ReviewHistory(
            [Topic("patent", new DateOnly(2026, 11, 15)), Topic("vat", new DateOnly(2026, 11, 30)), Topic("ip.open", new DateOnly(2027, 6, 30)), Topic("grants", new DateOnly(2027, 1, 5)), Topic("egov", null)],
            [new ReviewChange(At(20, 12), "vat", new DateOnly(2026, 11, 10))]);
        Answer("patent", At(14, 10));
        Answer("patent", At(15, 10));
        Answer("patent", At(16, 10));
        Answer("vat", At(12, 10));
        Answer("vat", At(25, 10));
        Answer("ip.open", At(20, 10));
        Answer(SystemIntents.Greeting, At(20, 10));
        Answer("patent", AlmatyTime.ToUtc(new DateOnly(2026, 12, 1), new TimeOnly(10, 0)));
    }

    [Fact]
    public void AnAnswerCountsAsPastReviewOnlyAfterTheDateThatTopicHadOnThatDay()
    {
        var k = _small.Builder.Build(ReportPeriod.Month(2026, 11)).KnowledgeReview;

        Assert.Equal(6, k.Answers);
        Assert.Equal(2, k.AnswersPastReview);
        Assert.Equal([("patent", 1), ("vat", 1)], k.AnswersPastReviewByTopic.Select(t => (t.Key, t.Count)));
    }

    [Fact]
    public void TheTopicsPastTheirDateAtTheTimeOfTheReportAreListedMostOverdueFirst()
    {
        var k = _small.Builder.Build(ReportPeriod.Month(2026, 11)).KnowledgeReview;

        Assert.Equal(
            [new TopicReview("patent", new DateOnly(2026, 11, 15)), new TopicReview("vat", new DateOnly(2026, 11, 30)), new TopicReview("grants", new DateOnly(2027, 1, 5))],
            k.PastReviewNow);
    }

    [Fact]
    public void AnswersAddUpAcrossPeriodsButTheTopicsPastTheirDateNowDoNot()
    {
        var figures = ReportFigures.Of(_small.Builder.Build(ReportPeriod.Month(2026, 11))).Where(f => f.Section == "knowledge_review").ToList();

        Assert.Equal(Additivity.NotAdditive, figures.Single(f => f.Name == "topics_past_review_now").Additivity);
        Assert.Equal(Additivity.Additive, figures.Single(f => f.Name == "answers_past_review" && f.Breakdown == "").Additivity);
    }

    [Fact]
    public void TheHistoryGivesTheDateATopicHadBeforeAndAfterAChange()
    {
        var history = _small.Reviews;

        Assert.Equal(new DateOnly(2026, 11, 10), history.ReviewByAt("vat", At(20, 11)));
        Assert.Equal(new DateOnly(2026, 11, 30), history.ReviewByAt("vat", At(20, 13)));
        Assert.Null(history.ReviewByAt("unknown", At(20, 13)));
    }

    private static DateTimeOffset At(int novemberDay, int hour) => AlmatyTime.ToUtc(new DateOnly(2026, 11, novemberDay), new TimeOnly(hour, 0));

    private static IntentDefinition Topic(string id, DateOnly? reviewBy) => new(
        id, "faq", new LocalizedText(id, id), new Dictionary<Language, IReadOnlyList<string>>(), new LocalizedText("ответ", "жауап"), [], [], new DateOnly(2026, 1, 1), ReviewBy: reviewBy);

    private void Answer(string topic, DateTimeOffset at) => _small.Stores.Conversations.Commit(new TurnRecord(
        new Conversation { Id = "telegram:7", Channel = Channels.Telegram, ChatId = "7" },
        null,
        [],
        [],
        [new AnalyticsEvent { Type = AnalyticsEventTypes.Answered, ConversationId = "telegram:7", Channel = Channels.Telegram, Language = "ru", Intent = topic, At = at }],
        []));
}
