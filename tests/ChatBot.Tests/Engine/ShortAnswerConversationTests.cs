using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine;

/// <summary>A short answer first, "Подробнее" / "Толығырақ" for the full one: pressed, or typed right after it.</summary>
public sealed class ShortAnswerConversationTests : IDisposable
{
    private const string Topic = "register_sole_proprietor";
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private IntentDefinition Intent => _bot.Knowledge.Find(Topic)!;

    [Theory]
    [InlineData("как открыть ИП?", Language.Ru, "Подробнее")]
    [InlineData("ЖК қалай ашамын", Language.Kk, "Толығырақ")]
    public Task A_topic_with_a_short_answer_is_answered_briefly_with_more_at_most_two_related_topics_the_menu_and_a_rating(
        string question, Language language, string more) =>
        _bot.Conversation()
            .Send(question)
            .AssertReply(reply =>
            {
                Assert.StartsWith(Intent.Short!.In(language), reply.Text, StringComparison.Ordinal);
                Assert.Contains(_bot.Knowledge.Texts.Format(TextKeys.AsOf, language, ("year", Intent.AsOf!.Value.Year)), reply.Text);
                Assert.DoesNotContain(Intent.Answer!.In(language).Trim(), reply.Text, StringComparison.Ordinal);
                Assert.Empty(reply.Links);
                Assert.Equal(new Button(more, Payloads.More(Topic)), reply.Buttons[0]);
                Assert.InRange(reply.Buttons.Count(b => Payloads.TryIntent(b.Payload, out _)), 1, 2);
                Assert.Equal([Payloads.Menu, Payloads.RateUp(Topic), Payloads.RateDown(Topic)], reply.Buttons.TakeLast(3).Select(b => b.Payload));
            })
            .StartTestAsync();

    [Theory]
    [InlineData("как открыть ИП?", Language.Ru, "Подробнее")]
    [InlineData("ЖК қалай ашамын", Language.Kk, "Толығырақ")]
    public Task Pressing_more_gives_the_full_answer_its_links_and_all_its_related_topics(string question, Language language, string more) =>
        _bot.Conversation()
            .Send(question)
            .AssertAnswer(Topic, language)
            .Press(more)
            .AssertReply(reply =>
            {
                Assert.StartsWith(Intent.Answer!.In(language).Trim(), reply.Text, StringComparison.Ordinal);
                Assert.Equal(Intent.Links.Select(l => l.Url), reply.Links.Select(l => l.Url));
                Assert.Equal(
                    Intent.Related.Select(Payloads.Intent).Append(Payloads.Menu).Append(Payloads.RateUp(Topic)).Append(Payloads.RateDown(Topic)),
                    reply.Buttons.Select(b => b.Payload));
            })
            .AssertNoMoreReplies()
            .StartTestAsync();

    [Theory]
    [InlineData("как открыть ИП?", "подробнее", Language.Ru)]
    [InlineData("как открыть ИП?", "Ещё!", Language.Ru)]
    [InlineData("ЖК қалай ашамын", "толығырақ", Language.Kk)]
    public Task Typing_more_right_after_a_short_answer_gives_the_full_answer(string question, string typed, Language language) =>
        _bot.Conversation()
            .Send(question)
            .AssertAnswer(Topic, language)
            .Send(typed)
            .AssertReply(reply =>
            {
                Assert.StartsWith(Intent.Answer!.In(language).Trim(), reply.Text, StringComparison.Ordinal);
                Assert.Equal(Intent.Links.Select(l => l.Url), reply.Links.Select(l => l.Url));
                Assert.All(Intent.Related, id => Assert.Contains(reply.Buttons, b => b.Payload == Payloads.Intent(id)));
                Assert.DoesNotContain(reply.Buttons, b => Payloads.TryMore(b.Payload, out _));
            })
            .StartTestAsync();

    [Fact]
    public Task More_typed_after_another_reply_is_not_taken_for_the_earlier_topic() =>
        _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer(Topic, Language.Ru)
            .Send("/menu")
            .AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .Send("подробнее")
            .AssertReply(reply => Assert.False(reply.Text.StartsWith(Intent.Answer!.Ru.Trim(), StringComparison.Ordinal), TestFlow.Describe(reply)))
            .StartTestAsync();

    [Fact]
    public Task The_more_button_of_an_earlier_answer_still_gives_its_full_answer() =>
        _bot.Conversation()
            .Send("как открыть ИП?")
            .AssertAnswer(Topic, Language.Ru)
            .Send("/menu")
            .AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .Press(_ => new Button("Подробнее", Payloads.More(Topic)))
            .AssertFullAnswer(Topic, Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task More_pressed_in_the_middle_of_the_survey_gives_the_full_answer_and_asks_the_surveys_question_again()
    {
        var survey = SharedModel.Dialogs.Find("business_climate_survey")!;
        return _bot.Conversation()
            .Send("/start survey").AssertReply(_ => { }).AssertReply(_ => { })
            .Send(survey.Steps[0].Options[0].Label.Ru).AssertReply(reply => Assert.Contains(survey.Steps[1].Prompt.Ru, reply.Text, StringComparison.Ordinal))
            .Send("как открыть ИП?").AssertAnswer(Topic, Language.Ru)
            .AssertText(FlowTextKeys.BackToStep, Language.Ru)
            .AssertReply(reply => Assert.Contains(survey.Steps[1].Prompt.Ru, reply.Text, StringComparison.Ordinal))
            .Press(_ => new Button("Подробнее", Payloads.More(Topic)))
            .AssertFullAnswer(Topic, Language.Ru)
            .AssertText(FlowTextKeys.BackToStep, Language.Ru)
            .AssertReply(reply => Assert.Contains(survey.Steps[1].Prompt.Ru, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_topic_without_a_short_answer_keeps_the_full_reply_with_its_links()
    {
        var shared = _bot.Knowledge;
        var intents = shared.Intents.Select(i => i.Id == Topic ? i with { Short = null } : i).ToList();
        using var bot = new TestBot(knowledge: new KnowledgeBase(intents, shared.Texts, shared.Thresholds, shared.Handoff, shared.Words));

        await bot.Conversation()
            .Send("как открыть ИП?")
            .AssertReply(reply =>
            {
                Assert.StartsWith(Intent.Answer!.Ru.Trim(), reply.Text, StringComparison.Ordinal);
                Assert.NotEmpty(reply.Links);
                Assert.DoesNotContain(reply.Buttons, b => Payloads.TryMore(b.Payload, out _));
            })
            .StartTestAsync();
    }
}
