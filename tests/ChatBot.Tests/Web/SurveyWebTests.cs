using ChatBot.Core.Flows;
using ChatBot.Testing;

namespace ChatBot.Tests.Web;

/// <summary>The survey in the widget's chat API.</summary>
public sealed class SurveyWebTests(WebChatHost host) : IClassFixture<WebChatHost>
{
    private readonly ChatClient _chat = host.Chat();

    private static FlowDefinition Survey => SharedModel.Dialogs.Find("business_climate_survey")!;

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task TheSurveyStartsFromTheMenuButtonAndItsButtonsAnswerIt(string lang)
    {
        var language = lang == "kk" ? Core.Messages.Language.Kk : Core.Messages.Language.Ru;
        var chat = await _chat.StartAsync(lang);
        var menu = await _chat.SayAsync(chat, "/menu");
        Assert.Contains(menu.Replies.Single().Buttons, b => b.Payload == FlowPayloads.Start(Survey.Id));

        var started = await _chat.PressAsync(chat, FlowPayloads.Start(Survey.Id));
        Assert.Equal(Survey.Title.In(language) + "\n\n" + Survey.Intro.In(language), started.Replies[0].Text);
        Assert.StartsWith("1 / 11\n\n" + Survey.Steps[0].Prompt.In(language), started.Replies[1].Text, StringComparison.Ordinal);

        var next = await _chat.PressAsync(chat, started.Replies[1].Buttons[0].Payload);
        Assert.StartsWith("2 / 11\n\n" + Survey.Steps[1].Prompt.In(language), Assert.Single(next.Replies).Text, StringComparison.Ordinal);
    }
}
