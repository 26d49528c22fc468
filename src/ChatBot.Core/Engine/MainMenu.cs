using ChatBot.Core.Engine.Applications;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Engine;

/// <summary>
/// The few things people come for, under the greeting, /menu and the off-topic reply alike (Telegram and the web
/// chat): all topics, trainings, the survey while one is in the menu, an application (and "my applications" for someone
/// who has one), a consultant, the language. The text lists
/// exactly the buttons shown, one line each; the FAQ categories are one press further, behind "All topics".
/// </summary>
public static class MainMenu
{
    /// <summary>Replies with the text under <paramref name="titleKey"/>, a line per button, and the buttons.</summary>
    public static void Show(TurnContext turn, string titleKey)
    {
        var items = Items(turn);
        var lines = items.Select(i => turn.Knowledge.Texts.Format(i.LineKey, turn.ReplyLanguage, ("button", i.Button.Title)));
        turn.Reply(turn.Text(titleKey).TrimEnd() + "\n" + string.Join("\n", lines), items.Select(i => i.Button).ToList());
    }

    /// <summary>"All topics": the FAQ categories.</summary>
    public static void Topics(TurnContext turn)
    {
        var buttons = turn.Knowledge.Categories
            .Select(c => new Button(turn.Text(TextKeys.CategoryPrefix + c), Payloads.Category(c)))
            .Append(Replies.MenuButton(turn))
            .ToList();
        turn.Reply(turn.Text(TextKeys.TopicsTitle), buttons);
    }

    private static List<(Button Button, string LineKey)> Items(TurnContext turn)
    {
        var items = new List<(Button, string)> { (new Button(turn.Text(TextKeys.ButtonTopics), Payloads.Topics), TextKeys.MenuLineTopics) };
        items.AddRange(Replies.TrainingsButton(turn).Select(b => (b, TextKeys.MenuLineTrainings)));
        items.AddRange(Replies.FlowButtons(turn).Select(b => (b, TextKeys.MenuLineSurvey)));
        items.AddRange(ApplicationReplies.MenuItems(turn));
        items.Add((Replies.OperatorButton(turn), TextKeys.MenuLineOperator));
        items.Add((new Button(turn.Text(TextKeys.ButtonLanguage), Payloads.ChooseLanguage), TextKeys.MenuLineLanguage));
        return items;
    }
}
