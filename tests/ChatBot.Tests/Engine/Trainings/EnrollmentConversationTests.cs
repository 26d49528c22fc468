using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Testing;
using static ChatBot.Tests.Engine.Trainings.EnrollmentScript;

namespace ChatBot.Tests.Engine.Trainings;

/// <summary>Finding a training and enrolling, through the real engine, model and LiteDB file, in both languages.</summary>
public sealed class EnrollmentConversationTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData(Language.Ru, "хочу записаться на вебинар")]
    [InlineData(Language.Kk, "вебинарға жазылғым келеді")]
    public async Task ANewUserFindsATrainingAndEnrollsAndGetsTheDateTheLinkACancelButtonAndACalendarFile(Language language, string request)
    {
        var training = Training(_bot);
        OutgoingMessage? confirmation = null;

        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertText(TextKeys.LanguageSwitched, language)
            .Send(request).AssertReply(list =>
            {
                Assert.Equal(Text(EnrollmentTextKeys.ListTitle, language), list.Text);
                Assert.Contains(training.Title.In(language), TrainingButton(list, training).Title, StringComparison.Ordinal);
            })
            .Press(list => TrainingButton(list, training)).AssertReply(details =>
            {
                Assert.StartsWith($"«{training.Title.In(language)}»", details.Text, StringComparison.Ordinal);
                Assert.Contains(AlmatyTime.Span(training), details.Text, StringComparison.Ordinal);
                Assert.Contains(Text(EnrollmentTextKeys.WhereOnlineHidden, language), details.Text, StringComparison.Ordinal);
                Assert.Contains(Format(EnrollmentTextKeys.SeatsLeft, language, ("left", 10), ("capacity", 10)), details.Text, StringComparison.Ordinal);
            })
            .Press(EnrollButton(language)).AssertReply(intro =>
            {
                Assert.StartsWith(Form.Title.In(language), intro.Text, StringComparison.Ordinal);
                Assert.Contains(training.Title.In(language), intro.Text, StringComparison.Ordinal);
            })
            .FillTheForm(language)
            .AssertReply(reply => confirmation = reply)
            .StartTestAsync();

        Assert.Equal(
            Format(EnrollmentTextKeys.Confirmed, language, ("title", training.Title.In(language)), ("when", AlmatyTime.Span(training)), ("where", Format(TrainingTextKeys.OnlineWhere, language, ("link", training.OnlineLink!)))),
            confirmation!.Text);
        var enrollment = Assert.Single(_bot.Enrollments.OfConversation("test:user-1"));
        Assert.Equal(EnrollmentStatus.Enrolled, enrollment.Status);
        Assert.Equal(language, enrollment.Language);
        Assert.Contains(confirmation.Buttons, b => b.Payload == TrainingPayloads.Cancel(enrollment.Id));
        Assert.Contains(confirmation.Links, l => l.Url == training.OnlineLink);
        var calendar = confirmation.Attachment!;
        Assert.Equal(("tax-webinar.ics", "text/calendar"), (calendar.FileName, calendar.MediaType));
        var ics = System.Text.Encoding.UTF8.GetString(calendar.Content);
        Assert.Contains("DTSTART:" + training.StartsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture), ics, StringComparison.Ordinal);

        var trainee = _bot.Trainees.Find("test:user-1")!;
        Assert.Equal(("Айгерим Серикова", "+77011234567", Iin, null, "trade"), (trainee.Name, trainee.Phone, trainee.Iin, trainee.Bin, trainee.Sector));
        Assert.Equal(_bot.Time.GetUtcNow(), trainee.ConsentAt);
        Assert.Null(_bot.Store.Find("test:user-1")!.Flow);
    }

    [Theory]
    [InlineData("какие есть вебинары?", Language.Ru)]
    [InlineData("қандай курстар бар?", Language.Kk)]
    public async Task AQuestionAboutTheCatalogueListsUpcomingTrainingsWithSeats(string question, Language language)
    {
        var training = Training(_bot);

        await _bot.Conversation().Send(question).AssertReply(list =>
            {
                Assert.Equal(Text(EnrollmentTextKeys.ListTitle, language), list.Text);
                Assert.Contains(list.Buttons, b => b.Payload == TrainingPayloads.Details(training.Id));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheListFiltersByFormatAndByTopicWithButtons()
    {
        var webinar = Training(_bot, "tax-webinar");
        var course = Training(_bot, "start-course", format: TrainingFormat.Course, topic: "start", place: "Алматы, ул. Абая 1");

        await _bot.Conversation()
            .Send("/menu").AssertReply(_ => { })
            .Press(Text(EnrollmentTextKeys.ButtonTrainings, Language.Ru)).AssertReply(_ => { })
            .Press(Text(TrainingFormats.TextKey(TrainingFormat.Course), Language.Ru)).AssertReply(list =>
            {
                Assert.Equal(Format(EnrollmentTextKeys.ListFiltered, Language.Ru, ("filter", Text(TrainingFormats.TextKey(TrainingFormat.Course), Language.Ru))), list.Text);
                Assert.Contains(list.Buttons, b => b.Payload == TrainingPayloads.Details(course.Id));
                Assert.DoesNotContain(list.Buttons, b => b.Payload == TrainingPayloads.Details(webinar.Id));
            })
            .Press(Text(EnrollmentTextKeys.ButtonAll, Language.Ru)).AssertReply(_ => { })
            .Press(Text(EnrollmentTextKeys.ButtonTopics, Language.Ru)).AssertReply(topics =>
            {
                Assert.Equal(Text(EnrollmentTextKeys.TopicsTitle, Language.Ru), topics.Text);
                Assert.Contains(topics.Buttons, b => b.Title == "Тема taxes");
            })
            .Press("Тема taxes").AssertReply(list =>
            {
                Assert.Contains(list.Buttons, b => b.Payload == TrainingPayloads.Details(webinar.Id));
                Assert.DoesNotContain(list.Buttons, b => b.Payload == TrainingPayloads.Details(course.Id));
            })
            .Press(list => TrainingButton(list, webinar)).AssertReply(_ => { })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheOnlineLinkIsHiddenFromThoseNotEnrolledAndShownToThoseEnrolled()
    {
        var training = Training(_bot);
        _bot.Trainees.Save(new Trainee { ConversationId = "test:enrolled", Name = "Ерлан", Phone = "+77011234567", Iin = Iin, Sector = "it", ConsentAt = _bot.Time.GetUtcNow() });
        Assert.Equal(EnrollOutcome.Enrolled, _bot.Enrollments.Enroll(new EnrollRequest(training.Id, "test:enrolled", "test", "enrolled", Language.Ru, _bot.Time.GetUtcNow())).Outcome);

        await _bot.Conversation("stranger").Send("/start training_" + training.Id).AssertReply(details =>
            {
                Assert.DoesNotContain(training.OnlineLink!, details.Text, StringComparison.Ordinal);
                Assert.Empty(details.Links);
                Assert.Contains(Text(EnrollmentTextKeys.WhereOnlineHidden, Language.Ru), details.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
        await _bot.Conversation("enrolled").Send("/start training_" + training.Id).AssertReply(details =>
            {
                Assert.Contains(training.OnlineLink!, details.Text, StringComparison.Ordinal);
                Assert.Contains(details.Links, l => l.Url == training.OnlineLink);
                Assert.EndsWith(Text(EnrollmentTextKeys.StatusEnrolled, Language.Ru), details.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task AReturningUserReviewsTheirDetailsInsteadOfAnsweringAgain()
    {
        var first = Training(_bot, "first");
        var second = Training(_bot, "second");
        const Language ru = Language.Ru;

        await _bot.Conversation()
            .Send("/start training_" + first.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .FillTheForm(ru).AssertReply(_ => { })
            .Send("/start training_" + second.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .AssertReply(review =>
            {
                Assert.StartsWith(Text(FlowTextKeys.KnownReview, ru).Split('{')[0], review.Text, StringComparison.Ordinal);
                Assert.Contains("Айгерим Серикова", review.Text, StringComparison.Ordinal);
                Assert.Contains("+77011234567", review.Text, StringComparison.Ordinal);
                Assert.Contains("0612••••0012", review.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(Iin, review.Text, StringComparison.Ordinal);
            })
            .Press(Text(FlowTextKeys.ButtonKnownUse, ru)).AssertReply(confirm =>
            {
                Assert.StartsWith("7 / 7\n\n", confirm.Text, StringComparison.Ordinal);
                Assert.Contains(second.Title.In(ru), confirm.Text, StringComparison.Ordinal);
            })
            .Press(Yes(ru)).AssertReply(confirmation => Assert.StartsWith("Готово!", confirmation.Text, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(2, _bot.Enrollments.OfConversation("test:user-1").Count(e => e.Status == EnrollmentStatus.Enrolled));
    }

    [Fact]
    public async Task AReturningUserCanChangeTheirDetailsKeepingTheOnesThatStillHold()
    {
        var first = Training(_bot, "first");
        var second = Training(_bot, "second");
        const Language ru = Language.Ru;
        var keepName = Format(FlowTextKeys.ButtonKeep, ru, ("value", "Айгерим Серикова"));

        await _bot.Conversation()
            .Send("/start training_" + first.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .FillTheForm(ru).AssertReply(_ => { })
            .Send("/start training_" + second.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { }).AssertReply(_ => { })
            .Press(Text(FlowTextKeys.ButtonKnownChange, ru)).AssertReply(name =>
            {
                Assert.StartsWith(Asked("name", 2, ru), name.Text, StringComparison.Ordinal);
                Assert.Equal(keepName, name.Buttons[0].Title);
            })
            .Press(keepName).AssertReplyStartsWith(Asked("phone", 3, ru))
            .Send("8 777 000 11 22").AssertReplyStartsWith(Asked("iin", 4, ru))
            .Press(Format(FlowTextKeys.ButtonKeep, ru, ("value", "0612••••0012"))).AssertReplyStartsWith(Asked("bin", 5, ru))
            .Send(Bin).AssertReplyStartsWith(Asked("sector", 6, ru))
            .Press(Format(FlowTextKeys.ButtonKeep, ru, ("value", Option("sector", "trade", ru)))).AssertReply(confirm =>
                Assert.Contains("+77770001122", confirm.Text, StringComparison.Ordinal))
            .Press(Yes(ru)).AssertReply(_ => { })
            .StartTestAsync();

        var trainee = _bot.Trainees.Find("test:user-1")!;
        Assert.Equal(("Айгерим Серикова", "+77770001122", Iin, Bin, "trade"), (trainee.Name, trainee.Phone, trainee.Iin, trainee.Bin, trainee.Sector));
    }

    [Theory]
    [InlineData(Language.Ru)]
    [InlineData(Language.Kk)]
    public async Task EveryWrongAnswerIsExplainedAndTheSameQuestionAskedAgain(Language language)
    {
        var training = Training(_bot);
        string Invalid(string key, params (string, object)[] values) => Format(key, language, values);

        await _bot.Conversation()
            .Send("/lang " + language.Code()).AssertReply(_ => { })
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(EnrollButton(language)).AssertReply(_ => { }).AssertReplyStartsWith(Asked("consent", 1, language))
            .Send("может быть").AssertReply(Invalid(FlowTextKeys.InvalidYesNo)).AssertReplyStartsWith(Asked("consent", 1, language))
            .Press(Yes(language)).AssertReplyStartsWith(Asked("name", 2, language))
            .Send("А").AssertReply(Invalid(FlowTextKeys.TextTooShort, ("min", 2))).AssertReplyStartsWith(Asked("name", 2, language))
            .Send("R2-D2").AssertReply(Form.Step("name")!.PatternError!.In(language)).AssertReplyStartsWith(Asked("name", 2, language))
            .Send("Айгерим").AssertReplyStartsWith(Asked("phone", 3, language))
            .Send("12345").AssertReply(Invalid(FlowTextKeys.InvalidPhone)).AssertReplyStartsWith(Asked("phone", 3, language))
            .Send("+7 701 123 45 67").AssertReplyStartsWith(Asked("iin", 4, language))
            .Send("12345").AssertReply(Invalid(FlowTextKeys.IinLength)).AssertReplyStartsWith(Asked("iin", 4, language))
            .Send("061211600013").AssertReply(Invalid(FlowTextKeys.IinChecksum)).AssertReplyStartsWith(Asked("iin", 4, language))
            .Send(Iin).AssertReplyStartsWith(Asked("bin", 5, language))
            .Send("1803").AssertReply(Invalid(FlowTextKeys.BinLength)).AssertReplyStartsWith(Asked("bin", 5, language))
            .Send("180340021792").AssertReply(Invalid(FlowTextKeys.BinChecksum)).AssertReplyStartsWith(Asked("bin", 5, language))
            .Send(Bin).AssertReplyStartsWith(Asked("sector", 6, language))
            .Send("космос").AssertReply(reply => Assert.StartsWith(Text(FlowTextKeys.InvalidChoice, language).Split('{')[0], reply.Text, StringComparison.Ordinal))
            .AssertReplyStartsWith(Asked("sector", 6, language))
            .Send("1").AssertReply(reply => Assert.StartsWith("7 / 7", reply.Text, StringComparison.Ordinal))
            .Send("наверное").AssertReply(Invalid(FlowTextKeys.InvalidYesNo)).AssertReply(reply => Assert.StartsWith("7 / 7", reply.Text, StringComparison.Ordinal))
            .Press(Yes(language)).AssertReply(reply => Assert.NotNull(reply.Attachment))
            .StartTestAsync();

        Assert.Equal(Bin, _bot.Trainees.Find("test:user-1")!.Bin);
    }

    [Fact]
    public async Task DecliningTheConsentOrTheConfirmationEnrollsNobodyAndKeepsNoDetails()
    {
        var training = Training(_bot);
        const Language ru = Language.Ru;
        var no = Text(TextKeys.ButtonNo, ru);

        await _bot.Conversation()
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { }).AssertReply(_ => { })
            .Press(no).AssertText(FlowTextKeys.DeclinedConsent, ru)
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .FillTheForm(ru, name: "Ерлан").AssertReply(_ => { })
            .StartTestAsync();
        var enrollment = Assert.Single(_bot.Enrollments.OfConversation("test:user-1"));

        await _bot.Conversation("second")
            .Send("/start training_" + training.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .AssertReply(_ => { }).Press(Yes(ru)).AssertReply(_ => { }).Send("Асем").AssertReply(_ => { })
            .Send("87011234567").AssertReply(_ => { }).Send(Iin).AssertReply(_ => { })
            .Press(Text(FlowTextKeys.ButtonSkip, ru)).AssertReply(_ => { }).Press(Option("sector", "it", ru)).AssertReply(_ => { })
            .Press(no).AssertText(FlowTextKeys.DeclinedConfirm, ru)
            .StartTestAsync();

        Assert.Equal(EnrollmentStatus.Enrolled, enrollment.Status);
        Assert.Empty(_bot.Enrollments.OfConversation("test:second"));
        Assert.Null(_bot.Trainees.Find("test:second"));
    }

    [Fact]
    public async Task AfterForgetTheDetailsAreAskedAgainFromTheConsent()
    {
        var first = Training(_bot, "first");
        var second = Training(_bot, "second", place: "Алматы, ул. Толе би, 101");
        const Language ru = Language.Ru;

        await _bot.Conversation()
            .Send("/start training_" + first.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .FillTheForm(ru).AssertReply(_ => { })
            .Send("/forget").AssertReply(_ => { })
            .Press(Yes(ru)).AssertReply(_ => { })
            .Send("/start training_" + second.Id).AssertReply(_ => { })
            .Press(EnrollButton(ru)).AssertReply(_ => { })
            .FillTheForm(ru).AssertReply(confirmation =>
            {
                Assert.Contains("Где: Алматы, ул. Толе би, 101", confirmation.Text, StringComparison.Ordinal);
                Assert.Empty(confirmation.Links);
                Assert.Contains("LOCATION:Алматы\\, ул. Толе би\\, 101", System.Text.Encoding.UTF8.GetString(confirmation.Attachment!.Content), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }
}
