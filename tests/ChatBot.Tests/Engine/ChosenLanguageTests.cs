using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine;

/// <summary>A language the user chose stays until they choose again; detection switches only a language never chosen.</summary>
public sealed class ChosenLanguageTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private Conversation State() => _bot.Store.Find(ConversationIds.Of("test", "user-1"))!;

    [Fact]
    public async Task A_question_in_Russian_after_choosing_Kazakh_with_lang_is_answered_in_Kazakh()
    {
        await _bot.Conversation()
            .Send("/lang kk").AssertText(TextKeys.LanguageSwitched, Language.Kk)
            .Send("ндс порог").AssertAnswer("vat_registration_threshold", Language.Kk)
            .Send("как открыть ИП?").AssertAnswer("register_sole_proprietor", Language.Kk)
            .StartTestAsync();

        Assert.True(State().LanguageChosen);
        Assert.Equal(Language.Kk, State().Language);
    }

    [Fact]
    public Task A_question_in_Kazakh_after_choosing_Russian_with_the_button_is_answered_in_Russian() =>
        _bot.Conversation()
            .Send("/lang").AssertText(TextKeys.ChooseLanguage, Language.Ru)
            .Press("Русский").AssertText(TextKeys.LanguageSwitched, Language.Ru)
            .Send("ЖК қалай ашамын").AssertAnswer("register_sole_proprietor", Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task Choosing_again_changes_the_language_again() =>
        _bot.Conversation()
            .Send("/lang kk").AssertText(TextKeys.LanguageSwitched, Language.Kk)
            .Send("/lang ru").AssertText(TextKeys.LanguageSwitched, Language.Ru)
            .Send("ЖК қалай ашамын").AssertAnswer("register_sole_proprietor", Language.Ru)
            .StartTestAsync();

    [Fact]
    public Task A_language_never_chosen_follows_what_the_user_writes() =>
        _bot.Conversation()
            .Send("как открыть ИП?").AssertAnswer("register_sole_proprietor", Language.Ru)
            .Send("ЖК қалай ашамын").AssertAnswer("register_sole_proprietor", Language.Kk)
            .StartTestAsync();
}
