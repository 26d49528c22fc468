using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Trainings;
using ChatBot.Testing;

namespace ChatBot.Tests.Engine.Trainings;

/// <summary>What the enrollment conversation says, read from dialogs/enrollment.yaml and texts.yaml, and trainings to enroll in.</summary>
internal static class EnrollmentScript
{
    public const string Iin = "061211600012";
    public const string Bin = "180340021791";
    public const int Steps = 7;

    public static FlowDefinition Form => SharedModel.Dialogs.Find("training_enrollment")!;

    public static string Text(string key, Language language) => SharedModel.Knowledge.Texts.Get(key, language);

    public static string Format(string key, Language language, params (string, object)[] values) =>
        SharedModel.Knowledge.Texts.Format(key, language, values);

    /// <summary>The start of the question at this step, with its progress.</summary>
    public static string Asked(string stepId, int position, Language language, int total = Steps) =>
        $"{position} / {total}\n\n{Form.Step(stepId)!.Prompt.In(language)}";

    public static string Option(string stepId, string value, Language language) =>
        Form.Step(stepId)!.Options.Single(o => o.Value == value).Label.In(language);

    public static string Yes(Language language) => Text(TextKeys.ButtonYes, language);

    /// <summary>An online webinar (with a link) or, with a place, an offline training; times relative to the test clock.</summary>
    public static Training Training(
        TestBot bot, string id = "tax-webinar", int capacity = 10, int inDays = 5, string? place = null, TrainingFormat format = TrainingFormat.Webinar,
        string topic = "taxes")
    {
        var startsAt = bot.Time.GetUtcNow().AddDays(inDays);
        var training = new Training
        {
            Id = id,
            Title = new LocalizedText("Налоги для ИП: " + id, "ЖК үшін салықтар: " + id),
            Description = new LocalizedText("Разберём форму 910.", "910 нысанын талдаймыз."),
            Format = format,
            Topic = new TrainingTopic(topic, new LocalizedText("Тема " + topic, "Тақырып " + topic)),
            Language = TrainingLanguage.Ru,
            StartsAt = startsAt,
            DurationMinutes = 90,
            Place = place is null ? null : new LocalizedText(place, place),
            OnlineLink = place is null ? "https://meet.example.org/" + id : null,
            Capacity = capacity,
            RegistrationDeadline = startsAt.AddHours(-1),
            Status = TrainingStatus.Open,
        };
        bot.TrainingCatalog.Save([training]);
        return training;
    }

    /// <summary>Answers the whole form by buttons and typing from the consent question on, and confirms.</summary>
    public static TestFlow FillTheForm(this TestFlow flow, Language language, string name = "Айгерим Серикова", string phone = "+7 701 123 45 67") => flow
        .AssertReplyStartsWith(Asked("consent", 1, language))
        .Press(Yes(language)).AssertReplyStartsWith(Asked("name", 2, language))
        .Send(name).AssertReplyStartsWith(Asked("phone", 3, language))
        .Send(phone).AssertReplyStartsWith(Asked("iin", 4, language))
        .Send(Iin).AssertReplyStartsWith(Asked("bin", 5, language))
        .Press(Text(FlowTextKeys.ButtonSkip, language)).AssertReplyStartsWith(Asked("sector", 6, language))
        .Press(Option("sector", "trade", language)).AssertReply(reply =>
        {
            Xunit.Assert.StartsWith("7 / 7\n\n", reply.Text, StringComparison.Ordinal);
            Xunit.Assert.Contains(name, reply.Text, StringComparison.Ordinal);
            Xunit.Assert.Contains("0612••••0012", reply.Text, StringComparison.Ordinal);
            Xunit.Assert.Contains(Option("sector", "trade", language), reply.Text, StringComparison.Ordinal);
        })
        .Press(Yes(language));

    /// <summary>The button of a training in the list (its title is in the button with the date).</summary>
    public static Button TrainingButton(OutgoingMessage list, Training training) =>
        list.Buttons.Single(b => b.Payload == TrainingPayloads.Details(training.Id));

    public static string EnrollButton(Language language) => Text(EnrollmentTextKeys.ButtonEnroll, language);
}
