using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using ChatBot.Testing;
using static ChatBot.Tests.Engine.Trainings.EnrollmentScript;

namespace ChatBot.Tests.Engine.Trainings;

/// <summary>Links on the portal and in newsletters, <c>t.me/bot?start=...</c>, arrive as <c>/start payload</c>.</summary>
public sealed class TrainingDeepLinkTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task A_training_link_opens_the_training(Language language)
    {
        var training = Training(_bot);
        return _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/start " + TrainingDeepLinks.Of(training.Id))
            .AssertReply(details => Assert.StartsWith($"«{training.Title.In(language)}»", details.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public Task A_topic_link_opens_the_list_of_that_topics_trainings(Language language)
    {
        var taxes = Training(_bot);
        Training(_bot, id: "marketing-day", topic: "marketing");
        return _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send("/start " + TrainingDeepLinks.OfTopic("taxes")).AssertReply(list =>
            {
                Assert.StartsWith(Format(EnrollmentTextKeys.ListFiltered, language, ("filter", taxes.Topic.Title.In(language))), list.Text, StringComparison.Ordinal);
                Assert.Contains(list.Buttons, b => b.Payload == TrainingPayloads.Details(taxes.Id));
                Assert.DoesNotContain(list.Buttons, b => b.Payload == TrainingPayloads.Details("marketing-day"));
            })
            .StartTestAsync();
    }

    [Fact]
    public Task An_unknown_topic_link_shows_every_training() =>
        _bot.Conversation()
            .Do(() => Training(_bot))
            .Send("/start topic_nothing-such").AssertReply(list => Assert.Equal(Text(EnrollmentTextKeys.ListTitle, Language.Ru), list.Text))
            .StartTestAsync();
}
