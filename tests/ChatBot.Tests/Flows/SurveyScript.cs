using ChatBot.Core.Flows;
using ChatBot.Core.Messages;
using ChatBot.Testing;

namespace ChatBot.Tests.Flows;

/// <summary>What the survey says, read from its own file, so that tests follow edits of its wording.</summary>
internal static class SurveyScript
{
    public const string Id = "business_climate_survey";

    public static FlowDefinition Survey => SharedModel.Dialogs.Find(Id)!;

    public static string Opening(Language language) => Survey.Title.In(language) + "\n\n" + Survey.Intro.In(language);

    /// <summary>The start of the question at this step, with its progress.</summary>
    public static string Asked(string stepId, int position, int total, Language language) =>
        $"{position} / {total}\n\n{Survey.Step(stepId)!.Prompt.In(language)}";

    public static string Label(string stepId, string value, Language language) =>
        Survey.Step(stepId)!.Options.Single(o => o.Value == value).Label.In(language);

    public static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language);
}
