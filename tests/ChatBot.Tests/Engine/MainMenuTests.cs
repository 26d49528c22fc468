using ChatBot.Core.Applications;
using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using ChatBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Engine;

/// <summary>The greeting and /menu lead with the few things people come for; the FAQ categories are behind "All topics".</summary>
public sealed class MainMenuTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private string Text(string key, Language language) => _bot.Knowledge.Texts.Get(key, language);

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public Task The_greeting_shows_topics_trainings_the_survey_an_application_a_consultant_and_the_language_and_says_what_each_does(string code)
    {
        LanguageCodes.TryParse(code, out var language);
        return _bot.Conversation()
            .Send("/lang " + code).AssertReply(_ => { })
            .Send("/start")
            .AssertReply(reply =>
            {
                var survey = _bot.Services.GetService(typeof(ChatBot.Core.Flows.FlowCatalog)) is ChatBot.Core.Flows.FlowCatalog catalog
                    ? catalog.All.Single(f => f.InMenu)
                    : throw new Xunit.Sdk.XunitException("no flow catalogue");
                Assert.Equal(
                    [Payloads.Topics, TrainingPayloads.List, ChatBot.Core.Flows.FlowPayloads.Start(survey.Id), ChatBot.Core.Flows.FlowPayloads.Start("application"), Payloads.Operator, Payloads.ChooseLanguage],
                    reply.Buttons.Select(b => b.Payload));
                Assert.StartsWith(Text(TextKeys.Greeting, language).Trim(), reply.Text, StringComparison.Ordinal);
                foreach (var button in reply.Buttons)
                {
                    Assert.Contains("«" + button.Title + "»", reply.Text, StringComparison.Ordinal);
                }

                Assert.DoesNotContain(reply.Buttons, b => b.Payload.StartsWith("menu:", StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task Someone_with_an_application_finds_my_applications_in_the_menu_and_help_says_how_to_apply_and_ask_its_status(Language language) =>
        _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/help").AssertReply(help =>
            {
                Assert.Contains("«" + Text(ApplicationTextKeys.ButtonNew, language) + "»", help.Text, StringComparison.Ordinal);
                Assert.Contains(language == Language.Kk ? "өтінімім қандай күйде?" : "что с моей заявкой?", help.Text, StringComparison.Ordinal);
            })
            .Send("/menu").AssertReply(menu => Assert.DoesNotContain(menu.Buttons, b => b.Payload == ApplicationPayloads.Mine))
            .Do(() => _bot.Services.GetRequiredService<IApplications>().Submit(
                new Application { ConversationId = "test:user-1", Channel = "test", ChatId = "user-1", Language = language, CreatedAt = _bot.Time.GetUtcNow() }, 2026))
            .Send("/menu").AssertReply(menu =>
            {
                Assert.Equal(Text(ApplicationTextKeys.ButtonMine, language), menu.Buttons.Single(b => b.Payload == ApplicationPayloads.Mine).Title);
                Assert.Contains(_bot.Knowledge.Texts.Format(ApplicationTextKeys.MenuLineMine, language, ("button", Text(ApplicationTextKeys.ButtonMine, language))), menu.Text, StringComparison.Ordinal);
            })
            .Press(Text(ApplicationTextKeys.ButtonMine, language))
            .AssertReply(shown => Assert.StartsWith(language == Language.Kk ? "A-2026-000001 өтінімі" : "Заявка A-2026-000001", shown.Text, StringComparison.Ordinal))
            .StartTestAsync();

    [Fact]
    public Task All_topics_shows_the_categories_and_a_category_its_questions() =>
        _bot.Conversation()
            .Send("/start").AssertMainMenu(TextKeys.Greeting, Language.Ru)
            .Press(Text(TextKeys.ButtonTopics, Language.Ru))
            .AssertReply(reply => Assert.Equal(
                _bot.Knowledge.Categories.Select(Payloads.Category).Append(Payloads.Menu),
                reply.Buttons.Select(b => b.Payload)))
            .Press(Text("category_taxes", Language.Ru))
            .AssertText(TextKeys.CategoryPick, Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task The_language_button_offers_both_languages_and_the_choice_switches() =>
        _bot.Conversation()
            .Send("/menu").AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .Press(Text(TextKeys.ButtonLanguage, Language.Ru))
            .AssertText(TextKeys.ChooseLanguage, Language.Ru)
            .Press("Қазақша")
            .AssertText(TextKeys.LanguageSwitched, Language.Kk)
            .Press(Text(TextKeys.ButtonMenu, Language.Kk))
            .AssertMainMenu(TextKeys.MenuTitle, Language.Kk)
            .StartTestAsync();

    [Fact]
    public Task The_trainings_button_of_the_menu_lists_the_trainings() =>
        _bot.Conversation()
            .Send("/menu").AssertMainMenu(TextKeys.MenuTitle, Language.Ru)
            .Press(Text(ChatBot.Core.Engine.Trainings.EnrollmentTextKeys.ButtonTrainings, Language.Ru))
            .AssertReply(reply => Assert.StartsWith(
                Text(ChatBot.Core.Engine.Trainings.EnrollmentTextKeys.ListEmpty, Language.Ru).Trim(), reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
}
