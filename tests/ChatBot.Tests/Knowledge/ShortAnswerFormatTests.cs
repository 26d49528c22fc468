using ChatBot.Knowledge.Loading;

namespace ChatBot.Tests.Knowledge;

/// <summary>The short answer and the dates of a topic: optional, but checked when given.</summary>
public sealed class ShortAnswerFormatTests : IDisposable
{
    private readonly KnowledgeFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_topic_with_a_short_answer_and_dates_loads_them()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic(
            "topic_one",
            asOf: "2026-12-01",
            extra: "    review_by: 2027-06-30\n    short: { ru: Коротко., kk: Қысқаша. }\n"));

        var topic = Load().Find("topic_one")!;

        Assert.Equal("Коротко.", topic.Short!.Ru);
        Assert.Equal("Қысқаша.", topic.Short.Kk);
        Assert.Equal(new DateOnly(2026, 12, 1), topic.AsOf);
        Assert.Equal(new DateOnly(2027, 6, 30), topic.ReviewBy);
    }

    [Fact]
    public void A_topic_without_a_short_answer_or_review_date_still_loads()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one"));

        var topic = Load().Find("topic_one")!;

        Assert.Null(topic.Short);
        Assert.Null(topic.ReviewBy);
    }

    [Fact]
    public void A_bare_year_in_as_of_is_still_accepted_as_that_year()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", asOf: "2025"));

        Assert.Equal(2025, Load().Find("topic_one")!.AsOf!.Value.Year);
    }

    [Fact]
    public void A_short_answer_of_400_characters_loads_and_one_of_401_is_an_error_at_its_line()
    {
        var fits = new string('а', IntentFileReader.MaxShortAnswerLength);
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic(
            "topic_one",
            extra: $"    short:\n      ru: {fits}\n      kk: {fits}б\n"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:31: the 'kk' short answer has 401 characters; at most 400 are allowed", error);
    }

    [Fact]
    public void A_short_answer_needs_both_languages()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", extra: "    short: { ru: Коротко. }\n"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:29: 'kk' is missing", error);
    }

    [Fact]
    public void A_review_date_not_after_the_as_of_date_is_an_error_at_its_line()
    {
        _fixture.WithFaq("a.yaml", "intents:\n" + KnowledgeFixture.Topic("topic_one", asOf: "2026-12-01", extra: "    review_by: 2026-12-01\n"));

        var error = Assert.Single(Errors());

        Assert.Equal("knowledge/faq/a.yaml:29: 'review_by' 2026-12-01 must be after 'as_of' 2026-12-01", error);
    }

    [Theory]
    [InlineData("2026-13-01", "as_of", "knowledge/faq/a.yaml:5: 'as_of' must be a date (YYYY-MM-DD) or a year, not '2026-13-01'")]
    [InlineData("01.12.2026", "as_of", "knowledge/faq/a.yaml:5: 'as_of' must be a date (YYYY-MM-DD) or a year, not '01.12.2026'")]
    [InlineData("2027", "review_by", "knowledge/faq/a.yaml:29: 'review_by' must be a date (YYYY-MM-DD), not '2027'")]
    public void A_malformed_date_is_an_error_at_its_line(string value, string key, string expected)
    {
        var topic = key == "as_of"
            ? KnowledgeFixture.Topic("topic_one", asOf: value)
            : KnowledgeFixture.Topic("topic_one", extra: $"    review_by: {value}\n");
        _fixture.WithFaq("a.yaml", "intents:\n" + topic);

        var error = Assert.Single(Errors());

        Assert.Equal(expected, error);
    }

    private ChatBot.Core.Knowledge.KnowledgeBase Load()
    {
        var result = KnowledgeLoader.Load(_fixture.Root);
        Assert.Empty(result.Errors);
        return result.Knowledge!;
    }

    private List<string> Errors()
    {
        var result = KnowledgeLoader.Load(_fixture.Root);
        Assert.Null(result.Knowledge);
        return result.Errors.Select(e => e.ToString()).ToList();
    }
}
