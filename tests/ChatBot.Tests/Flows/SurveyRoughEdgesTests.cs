using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;
using static ChatBot.Tests.Flows.SurveyScript;

namespace ChatBot.Tests.Flows;

/// <summary>What respondents stumbled on in the survey, each in both languages through the real engine.</summary>
public sealed class SurveyRoughEdgesTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task A_typed_number_after_a_ticked_button_keeps_the_tick(Language language)
    {
        await ToBarriers(language)
            .Press(Label("barriers", "taxes", language)).AssertReply(_ => { })
            .Send("5").AssertReply(reply =>
            {
                Assert.Contains(reply.Buttons, b => b.Title == "✓ " + Label("barriers", "taxes", language));
                Assert.Contains(reply.Buttons, b => b.Title == "✓ " + Label("barriers", "rent", language));
            })
            .Press(Text(FlowTextKeys.ButtonDone, language)).AssertReplyStartsWith(Asked("online_services", 7, 11, language))
            .StartTestAsync();

        Assert.Equal("taxes,rent", _bot.Store.Find("test:user-1")!.Flow!.Answers["barriers"]);
    }

    [Theory]
    [InlineData(Language.Ru, "два года", "2")]
    [InlineData(Language.Ru, "двадцать пять лет", "25")]
    [InlineData(Language.Ru, "полтора года", "1.5")]
    [InlineData(Language.Kk, "екі жыл", "2")]
    [InlineData(Language.Kk, "жиырма бес жыл", "25")]
    public async Task A_number_written_in_words_answers_a_number_question(Language language, string typed, string stored)
    {
        await ToYears(language)
            .Send(typed).AssertReplyStartsWith(Asked("climate", 5, 11, language))
            .StartTestAsync();

        Assert.Equal(stored, _bot.Store.Find("test:user-1")!.Flow!.Answers["years"]);
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task The_step_counter_moves_by_one_and_keeps_its_total_when_no_follow_up_is_needed(Language language) =>
        ToYears(language)
            .Send("3").AssertReplyStartsWith(Asked("climate", 5, 11, language))
            .Press("4").AssertReplyStartsWith(Asked("barriers", 6, 11, language))
            .StartTestAsync();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task A_follow_up_question_adds_itself_to_the_total(Language language) =>
        ToYears(language)
            .Send("3").AssertReplyStartsWith(Asked("climate", 5, 11, language))
            .Press("2").AssertReplyStartsWith(Asked("climate_reason", 6, 12, language))
            .StartTestAsync();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task Skipping_the_chamber_rating_skips_recommending_the_chamber(Language language) =>
        ToChamberRating(language)
            .Press(Text(FlowTextKeys.ButtonSkip, language)).AssertReplyStartsWith(Asked("suggestion", 10, 11, language))
            .StartTestAsync();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task Rating_the_chamber_asks_whether_one_would_recommend_it(Language language) =>
        ToChamberRating(language)
            .Press("4").AssertReplyStartsWith(Asked("recommend", 10, 12, language))
            .StartTestAsync();

    [Theory]
    [InlineData(Language.Ru, "Слишком коротко, напишите хотя бы 3 символа.")]
    [InlineData(Language.Kk, "Тым қысқа, кемінде 3 таңба жазыңыз.")]
    public Task Too_short_an_answer_names_the_minimum_with_the_right_word_form(Language language, string expected) =>
        ToYears(language)
            .Send("3").AssertReply(_ => { })
            .Press("1").AssertReplyStartsWith(Asked("climate_reason", 6, 12, language))
            .Send("ок").AssertReply(expected)
            .StartTestAsync();

    private TestFlow ToYears(Language language) => _bot.Conversation()
        .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
        .Send("/start survey").AssertReply(Opening(language)).AssertReplyStartsWith(Asked("sector", 1, 11, language))
        .Press(Label("sector", "trade", language)).AssertReplyStartsWith(Asked("size", 2, 11, language))
        .Press(Label("size", "micro", language)).AssertReplyStartsWith(Asked("district", 3, 11, language))
        .Press(Label("district", "medeu", language)).AssertReplyStartsWith(Asked("years", 4, 11, language));

    private TestFlow ToBarriers(Language language) => ToYears(language)
        .Send("3").AssertReply(_ => { })
        .Press("4").AssertReplyStartsWith(Asked("barriers", 6, 11, language));

    private TestFlow ToChamberRating(Language language) => ToBarriers(language)
        .Send("1").AssertReplyStartsWith(Asked("online_services", 7, 11, language))
        .Press(Label("online_services", "used_ok", language)).AssertReplyStartsWith(Asked("state_support", 8, 11, language))
        .Press(Label("state_support", "aware", language)).AssertReplyStartsWith(Asked("chamber_rating", 9, 11, language));
}
