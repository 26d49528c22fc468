using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// The catalogue as the user reads it: upcoming trainings with filters by format and topic, a training's details
/// (the online link only for people enrolled in it), and the user's own enrollments.
/// </summary>
public static class TrainingReplies
{
    /// <summary>Trainings shown at once; the filters narrow a longer catalogue.</summary>
    private const int ListSize = 6;

    public static void List(TurnContext turn, TrainingFormat? format = null, TrainingTopic? topic = null)
    {
        var services = turn.Trainings;
        var trainings = services.Catalog.Upcoming(turn.Now, format, topic?.Id);
        var filter = format is { } f ? turn.Text(TrainingFormats.TextKey(f)) : topic?.Title.In(turn.ReplyLanguage);
        var buttons = trainings
            .Take(ListSize)
            .Select(t => new Button(ListTitle(turn, t, services.Catalog.SeatsLeft(t.Id)), TrainingPayloads.Details(t.Id)))
            .ToList();
        string text;
        if (trainings.Count == 0)
        {
            text = filter is null ? turn.Text(EnrollmentTextKeys.ListEmpty) : Format(turn, EnrollmentTextKeys.ListEmptyFiltered, ("filter", filter));
        }
        else
        {
            text = filter is null ? turn.Text(EnrollmentTextKeys.ListTitle) : Format(turn, EnrollmentTextKeys.ListFiltered, ("filter", filter));
        }

        if (filter is not null)
        {
            buttons.Add(new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List));
        }
        else
        {
            buttons.AddRange(TrainingFormats.All.Select(f => new Button(turn.Text(TrainingFormats.TextKey(f)), TrainingPayloads.Format(f))));
            buttons.Add(new Button(turn.Text(EnrollmentTextKeys.ButtonTopics), EnrollmentPayloads.Topics));
        }

        if (services.Enrollments.OfConversation(turn.Conversation.Id).Any(Active))
        {
            buttons.Add(new Button(turn.Text(EnrollmentTextKeys.ButtonMine), EnrollmentPayloads.Mine));
        }

        buttons.Add(Replies.MenuButton(turn));
        turn.Reply(text, buttons);
    }

    public static void Topics(TurnContext turn)
    {
        var buttons = turn.Trainings.Catalog.Topics(turn.Now)
            .Select(t => new Button(t.Title.In(turn.ReplyLanguage), TrainingPayloads.Topic(t.Id)))
            .Append(new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List))
            .ToList();
        turn.Reply(turn.Text(EnrollmentTextKeys.TopicsTitle), buttons);
    }

    public static void Details(TurnContext turn, Training training)
    {
        var services = turn.Trainings;
        var language = turn.ReplyLanguage;
        var mine = services.Enrollments.OfConversation(turn.Conversation.Id).FirstOrDefault(e => e.TrainingId == training.Id && Active(e));
        var seatsLeft = services.Catalog.SeatsLeft(training.Id);
        var enrolled = mine is { HoldsSeat: true };
        var text = Format(
            turn,
            EnrollmentTextKeys.Details,
            ("title", training.Title.In(language)),
            ("format", turn.Text(TrainingFormats.TextKey(training.Format))),
            ("topic", training.Topic.Title.In(language)),
            ("language", turn.Text(EnrollmentTextKeys.LanguagePrefix + training.Language.ToString().ToLowerInvariant())),
            ("when", AlmatyTime.Span(training)),
            ("where", Where(turn, training, enrolled)),
            ("seats", seatsLeft > 0
                ? Format(turn, EnrollmentTextKeys.SeatsLeft, ("left", seatsLeft), ("capacity", training.Capacity))
                : turn.Text(EnrollmentTextKeys.SeatsNone)),
            ("deadline", $"{AlmatyTime.Date(training.RegistrationDeadline)} {AlmatyTime.Time(training.RegistrationDeadline)}"),
            ("description", training.Description.In(language).Trim()));
        var buttons = new List<Button>();
        if (mine is not null)
        {
            text += "\n\n" + turn.Text(enrolled ? EnrollmentTextKeys.StatusEnrolled : EnrollmentTextKeys.StatusWaiting);
            buttons.Add(new Button(turn.Text(TrainingTextKeys.ButtonCancelEnrollment), TrainingPayloads.Cancel(mine.Id)));
        }
        else if (training.TakesEnrollments(turn.Now))
        {
            buttons.Add(seatsLeft > 0
                ? new Button(turn.Text(EnrollmentTextKeys.ButtonEnroll), TrainingPayloads.Enroll(training.Id))
                : new Button(turn.Text(EnrollmentTextKeys.ButtonWait), TrainingPayloads.Wait(training.Id)));
        }
        else
        {
            text += "\n\n" + Format(turn, EnrollmentTextKeys.Closed, ("title", training.Title.In(language)));
        }

        buttons.Add(new Button(turn.Text(EnrollmentTextKeys.ButtonAll), TrainingPayloads.List));
        buttons.Add(Replies.MenuButton(turn));
        turn.Reply(text, buttons, enrolled ? OnlineLink(turn, training) : []);
    }

    /// <summary>The user's enrollments that can still be cancelled, one button each.</summary>
    public static void Mine(TurnContext turn)
    {
        var services = turn.Trainings;
        var buttons = new List<Button>();
        foreach (var enrollment in services.Enrollments.OfConversation(turn.Conversation.Id).Where(Active))
        {
            if (services.Catalog.Find(enrollment.TrainingId) is { } training && turn.Now < training.StartsAt)
            {
                var title = ListTitle(turn, training, seatsLeft: 1);
                if (enrollment.Status == EnrollmentStatus.Waiting)
                {
                    title += " (" + turn.Text(EnrollmentTextKeys.MineWaitingMark) + ")";
                }

                buttons.Add(new Button(title, TrainingPayloads.Cancel(enrollment.Id)));
            }
        }

        var text = turn.Text(buttons.Count == 0 ? EnrollmentTextKeys.MineEmpty : EnrollmentTextKeys.MineTitle);
        buttons.Add(new Button(turn.Text(EnrollmentTextKeys.ButtonTrainings), TrainingPayloads.List));
        buttons.Add(Replies.MenuButton(turn));
        turn.Reply(text, buttons);
    }

    /// <summary>"Вы записаны" with the date, time, place or link, a cancel button and the .ics file.</summary>
    public static void Confirmation(TurnContext turn, Training training, Enrollment enrollment, string textKey = EnrollmentTextKeys.Confirmed)
    {
        var language = turn.ReplyLanguage;
        var where = new TrainingNotices(turn.Knowledge.Texts).Where(training, language);
        var text = Format(turn, textKey, ("title", training.Title.In(language)), ("when", AlmatyTime.Span(training)), ("where", where));
        var calendar = new Attachment(TrainingCalendar.FileName(training), TrainingCalendar.MediaType, TrainingCalendar.Bytes(training, enrollment, where, turn.Now));
        turn.Reply(new OutgoingMessage(
            text,
            [
                new Button(turn.Text(TrainingTextKeys.ButtonCancelEnrollment), TrainingPayloads.Cancel(enrollment.Id)),
                new Button(turn.Text(EnrollmentTextKeys.ButtonTrainings), TrainingPayloads.List),
                Replies.MenuButton(turn),
            ],
            OnlineLink(turn, training),
            Attachment: calendar));
    }

    public static string Format(TurnContext turn, string key, params (string Name, object Value)[] values) =>
        turn.Knowledge.Texts.Format(key, turn.ReplyLanguage, values);

    /// <summary>Holds a seat or waits for one, and the training has not passed: something the user can still cancel.</summary>
    public static bool Active(Enrollment enrollment) => enrollment.Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Waiting;

    private static string ListTitle(TurnContext turn, Training training, int seatsLeft)
    {
        var start = AlmatyTime.Of(training.StartsAt).ToString("dd.MM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var full = seatsLeft > 0 ? "" : " — " + turn.Text(EnrollmentTextKeys.MineWaitingMark);
        return $"{start} · {training.Title.In(turn.ReplyLanguage)}{full}";
    }

    /// <summary>An offline training's place; an online one's link only for people holding a seat.</summary>
    private static string Where(TurnContext turn, Training training, bool enrolled) => training.Place is { } place
        ? place.In(turn.ReplyLanguage)
        : enrolled ? new TrainingNotices(turn.Knowledge.Texts).Where(training, turn.ReplyLanguage) : turn.Text(EnrollmentTextKeys.WhereOnlineHidden);

    private static IReadOnlyList<Link> OnlineLink(TurnContext turn, Training training) =>
        training.OnlineLink is { } link ? [new Link(training.Title.In(turn.ReplyLanguage), link)] : [];
}
