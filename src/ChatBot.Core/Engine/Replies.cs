using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Engine;

/// <summary>The bot's standard replies, composed from the knowledge base in the turn's language.</summary>
public static class Replies
{
    /// <summary>One or two: more would push "Подробнее" and the answer itself off a phone's screen.</summary>
    private const int MaxRelatedUnderShortAnswer = 2;

    public static void Greeting(TurnContext turn) => MainMenu.Show(turn, TextKeys.Greeting);

    public static void Menu(TurnContext turn) => MainMenu.Show(turn, TextKeys.MenuTitle);

    /// <summary>"Обучение" in the menu.</summary>
    public static IEnumerable<Button> TrainingsButton(TurnContext turn) =>
        [new Button(turn.Text(Trainings.EnrollmentTextKeys.ButtonTrainings), ChatBot.Core.Trainings.TrainingPayloads.List)];

    /// <summary>A button for each flow offered in the menu (the survey), titled in the turn's language.</summary>
    public static IEnumerable<Button> FlowButtons(TurnContext turn) =>
        turn.Flows.Catalog.All.Where(f => f.InMenu).Select(f => new Button(f.Title.In(turn.ReplyLanguage), Flows.FlowPayloads.Start(f.Id)));

    public static void Category(TurnContext turn, string category)
    {
        var buttons = turn.Knowledge.InCategory(category)
            .Select(i => new Button(i.Title.In(turn.ReplyLanguage), Payloads.Intent(i.Id)))
            .Append(MenuButton(turn))
            .ToList();
        turn.Reply(turn.Text(TextKeys.CategoryPick), buttons);
    }

    /// <summary>
    /// A topic with a short answer gets it first, with "Подробнее", at most two related topics and the menu;
    /// one without gets the full answer at once.
    /// </summary>
    public static void Answer(TurnContext turn, IntentDefinition intent)
    {
        if (intent.Short is not { } brief)
        {
            FullAnswer(turn, intent);
            return;
        }

        var language = turn.ReplyLanguage;
        var buttons = RelatedButtons(turn, intent)
            .Take(MaxRelatedUnderShortAnswer)
            .Prepend(new Button(turn.Text(TextKeys.ButtonMore), Payloads.More(intent.Id)))
            .Append(MenuButton(turn))
            .Concat(RatingButtons(turn, intent))
            .ToList();
        turn.Reply(WithAsOf(turn, intent, brief.In(language)), buttons);
        turn.Conversation.ShortAnswerOf = intent.Id;
    }

    /// <summary>The full answer, its links and its related topics: asked for with "Подробнее", or the only answer a topic has.</summary>
    public static void FullAnswer(TurnContext turn, IntentDefinition intent)
    {
        var language = turn.ReplyLanguage;
        var text = WithAsOf(turn, intent, intent.Answer!.In(language));
        var links = intent.Links.Select(l => new Link(l.Title.In(language), l.Url)).ToList();
        var related = RelatedButtons(turn, intent).Append(MenuButton(turn)).Concat(RatingButtons(turn, intent)).ToList();
        turn.Reply(text, related, links);
    }

    private static string WithAsOf(TurnContext turn, IntentDefinition intent, string answer) =>
        intent.AsOf is { } asOf
            ? answer.TrimEnd() + "\n\n" + turn.Knowledge.Texts.Format(TextKeys.AsOf, turn.ReplyLanguage, ("year", asOf.Year))
            : answer.TrimEnd();

    private static IEnumerable<Button> RelatedButtons(TurnContext turn, IntentDefinition intent) => intent.Related
        .Select(turn.Knowledge.Find)
        .OfType<IntentDefinition>()
        .Select(r => new Button(r.Title.In(turn.ReplyLanguage), Payloads.Intent(r.Id)));

    /// <summary>👍 and 👎, last under every answer of a topic; Telegram puts the two in one row.</summary>
    public static IEnumerable<Button> RatingButtons(TurnContext turn, IntentDefinition intent) =>
        [new Button(turn.Text(TextKeys.ButtonRateUp), Payloads.RateUp(intent.Id)), new Button(turn.Text(TextKeys.ButtonRateDown), Payloads.RateDown(intent.Id))];

    public static void Fallback(TurnContext turn) =>
        turn.Reply(turn.Text(TextKeys.Fallback), [OperatorButton(turn), MenuButton(turn)]);

    public static void ChooseLanguage(TurnContext turn) => turn.Reply(
        turn.Text(TextKeys.ChooseLanguage),
        [new Button("Русский", Payloads.Language("ru")), new Button("Қазақша", Payloads.Language("kk"))]);

    public static Button MenuButton(TurnContext turn) => new(turn.Text(TextKeys.ButtonMenu), Payloads.Menu);

    public static Button OperatorButton(TurnContext turn) => new(turn.Text(TextKeys.ButtonOperator), Payloads.Operator);
}
