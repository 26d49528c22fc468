using ChatBot.Core.Applications;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine.Applications;

/// <summary>What the application conversation says, read from dialogs/application.yaml and texts.yaml.</summary>
internal static class ApplicationScript
{
    /// <summary>Without the attachments, which a channel without files passes over (the tests' channel carries none).</summary>
    public const int Steps = 6;

    public static FlowDefinition Form => SharedModel.Dialogs.Find("application")!;

    public static string Request(Language language) => language == Language.Kk ? "заңгердің кеңесі керек" : "нужна консультация юриста";

    public static string Description(Language language) => language == Language.Kk
        ? "Жалға беруші үй-жайды жалдау шартын мерзімінен бұрын бұзғысы келеді, не істеуім керек?"
        : "Арендодатель хочет досрочно расторгнуть договор аренды помещения, что мне делать?";

    public static string Name(Language language) => language == Language.Kk ? "Айгерім Серікова" : "Айгерим Серикова";

    public static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language);

    public static string Format(string key, Language language, params (string, object)[] values) =>
        SharedModel.Knowledge.Texts.Format(key, language, values);

    public static string Asked(string stepId, int position, Language language, int total = Steps) =>
        $"{position} / {total}\n\n{Form.Step(stepId)!.Prompt.In(language)}";

    public static string Option(string stepId, string value, Language language) =>
        Form.Step(stepId)!.Options.Single(o => o.Value == value).Label.In(language);

    public static string Yes(Language language) => Text(TextKeys.ButtonYes, language);

    public static string Status(ApplicationStatus status, Language language) => Text(ApplicationTextKeys.StatusKey(status), language);

    /// <summary>The whole form from the request to the number, answered by chat; <paramref name="check"/> reads the last reply.</summary>
    public static TestFlow SubmitAnApplication(this TestFlow flow, Language language, Action<OutgoingMessage>? check = null) => flow
        .Send(Request(language)).AssertReply(intro => Xunit.Assert.StartsWith(Form.Title.In(language), intro.Text, StringComparison.Ordinal))
        .AssertReplyStartsWith(Asked("kind", 1, language))
        .Press(Option("kind", "legal", language)).AssertReplyStartsWith(Asked("description", 2, language))
        .Send(Description(language)).AssertReplyStartsWith(Asked("consent", 3, language))
        .Press(Yes(language)).AssertText(FlowTextKeys.FilesNotHere, language).AssertReplyStartsWith(Asked("name", 4, language))
        .Send(Name(language)).AssertReplyStartsWith(Asked("answer_by", 5, language))
        .Press(Option("answer_by", "chat", language)).AssertReply(confirm =>
        {
            Xunit.Assert.StartsWith($"{Steps} / {Steps}\n\n", confirm.Text, StringComparison.Ordinal);
            Xunit.Assert.Contains(Description(language), confirm.Text, StringComparison.Ordinal);
            Xunit.Assert.Contains(Name(language), confirm.Text, StringComparison.Ordinal);
        })
        .Press(Yes(language)).AssertReply(check ?? (_ => { }));
}
