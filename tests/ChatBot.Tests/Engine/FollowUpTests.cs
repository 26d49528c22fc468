using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Nlu.Evaluation;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine;

/// <summary>A short question right after an answer is about that answer's topic.</summary>
public sealed class FollowUpTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public Task A_follow_up_naming_the_sibling_switches_from_the_sole_proprietor_to_the_LLP() =>
        _bot.Conversation()
            .Send("как открыть ип").AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("а для тоо?").AssertAnswer("register_llp", Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task A_follow_up_question_keeps_the_last_topic() =>
        _bot.Conversation()
            .Send("где получить эцп").AssertAnswer("get_eds", Language.Ru)
            .Send("а сколько стоит?").AssertAnswer("get_eds", Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task A_Kazakh_follow_up_keeps_the_last_topic() =>
        _bot.Conversation()
            .Send("жк-ны қалай жабуға болады").AssertAnswer("close_sole_proprietor", Language.Kk)
            .Send("ал жшс болса?").AssertAnswer("liquidate_llp", Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task A_Kazakh_follow_up_ending_with_the_particle_she_switches_to_the_sibling_it_names() =>
        _bot.Conversation()
            .Send("эцқ қалай алуға болады").AssertAnswer("get_eds", Language.Kk)
            .Send("жшс-ға ше?").AssertAnswer("get_eds_legal_entity", Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task A_Kazakh_follow_up_typed_in_Latin_letters_keeps_the_last_topic() =>
        _bot.Conversation()
            .Send("жшс-ны қалай таратамыз").AssertAnswer("liquidate_llp", Language.Kk)
            .Send("salyq qaryzy bolsa she?").AssertAnswer("liquidate_llp_with_tax_debts", Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task A_short_question_understood_alone_changes_the_topic_even_when_it_starts_like_a_follow_up() =>
        _bot.Conversation()
            .Send("как открыть ип").AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("когда сдавать 910").AssertAnswer("form_910_deadlines", Language.Ru)
            .Send("а ккм нужна?").AssertAnswer("online_cash_register", Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task Without_an_answer_before_it_a_follow_up_is_read_alone() =>
        _bot.Conversation()
            .Send("а сколько стоит?")
            .AssertMainMenu(TextKeys.OutOfScope, Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task An_off_topic_message_after_an_answer_is_not_taken_for_a_follow_up() =>
        _bot.Conversation()
            .Send("как открыть ип").AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("расскажи анекдот про бухгалтера и погоду").AssertMainMenu(TextKeys.OutOfScope, Language.Ru)
            .StartTestAsync();

    /// <summary>The labelled pairs, measured as <c>chatbot nlu eval --follow-ups</c> measures them.</summary>
    [Fact]
    public void The_labelled_follow_ups_are_answered_better_with_the_last_topic_than_without_in_each_language()
    {
        var pairs = FollowUpEvaluation.Read(Path.Combine(RepositoryPaths.Root, "tests", "ChatBot.Tests", "Engine", "follow-ups.jsonl"));

        var scores = FollowUpEvaluation.Run(pairs, SharedModel.Model, SharedModel.Knowledge);

        foreach (var lang in new[] { "ru", "kk" })
        {
            Assert.True(scores[lang].Count >= 5, $"{lang}: {scores[lang].Count} pairs");
            Assert.True(scores[lang].After > scores[lang].Before, $"{lang}: before {scores[lang].Before}, after {scores[lang].After}");
            Assert.True(scores[lang].After >= 0.8, $"{lang}: after {scores[lang].After}");
        }
    }
}
