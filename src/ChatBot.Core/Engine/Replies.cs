using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Engine;

/// <summary>The bot's standard replies, composed from the knowledge base in the turn's language.</summary>
public static class Replies
{
    public static void Greeting(TurnContext turn) => turn.Reply(turn.Text(TextKeys.Greeting), MenuButtons(turn));

    public static void Menu(TurnContext turn) => turn.Reply(turn.Text(TextKeys.MenuTitle), [.. MenuButtons(turn), .. FlowButtons(turn), .. TrainingsButton(turn)]);

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

    public static void Answer(TurnContext turn, IntentDefinition intent)
    {
        var language = turn.ReplyLanguage;
        var text = intent.Answer!.In(language).TrimEnd();
        if (intent.AsOf is { } asOf)
        {
            text += "\n\n" + turn.Knowledge.Texts.Format(TextKeys.AsOf, language, ("year", asOf.Year));
        }

        var links = intent.Links.Select(l => new Link(l.Title.In(language), l.Url)).ToList();
        var related = intent.Related
            .Select(turn.Knowledge.Find)
            .OfType<IntentDefinition>()
            .Select(r => new Button(r.Title.In(language), Payloads.Intent(r.Id)))
            .Append(MenuButton(turn))
            .ToList();
        turn.Reply(text, related, links);
    }

    public static void Fallback(TurnContext turn) =>
        turn.Reply(turn.Text(TextKeys.Fallback), [OperatorButton(turn), MenuButton(turn)]);

    public static void ChooseLanguage(TurnContext turn) => turn.Reply(
        turn.Text(TextKeys.ChooseLanguage),
        [new Button("Русский", Payloads.Language("ru")), new Button("Қазақша", Payloads.Language("kk"))]);

    public static Button MenuButton(TurnContext turn) => new(turn.Text(TextKeys.ButtonMenu), Payloads.Menu);

    public static Button OperatorButton(TurnContext turn) => new(turn.Text(TextKeys.ButtonOperator), Payloads.Operator);

    private static List<Button> MenuButtons(TurnContext turn) => turn.Knowledge.Categories
        .Select(c => new Button(turn.Text(TextKeys.CategoryPrefix + c), Payloads.Category(c)))
        .Append(OperatorButton(turn))
        .ToList();
}
