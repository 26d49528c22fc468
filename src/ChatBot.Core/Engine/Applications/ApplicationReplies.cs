using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Engine.Applications;

/// <summary>"Что с моей заявкой?", a number typed or pressed, a rating: only the conversation's own applications are shown.</summary>
public static class ApplicationReplies
{
    // The newest few; an entrepreneur with more reads the rest by number.
    private const int Shown = 5;

    public static Button MineButton(TurnContext turn) => new(turn.Text(ApplicationTextKeys.ButtonMine), ApplicationPayloads.Mine);

    /// <summary>
    /// The main menu's lines: "Подать заявку" wherever the form can run, and "Мои заявки" for a conversation that has
    /// submitted one (for anyone else it would only say there are none).
    /// </summary>
    public static IEnumerable<(Button Button, string LineKey)> MenuItems(TurnContext turn)
    {
        if (turn.Flows.Catalog.Find(ApplicationForm.FlowId) is not null && turn.Flows.Action(ApplicationFlowAction.ActionName) is not null)
        {
            yield return (NewButton(turn), ApplicationTextKeys.MenuLineNew);
        }

        if (turn.Applications.Store.OfConversation(turn.Conversation.Id).Count > 0)
        {
            yield return (MineButton(turn), ApplicationTextKeys.MenuLineMine);
        }
    }

    public static void Mine(TurnContext turn)
    {
        var mine = turn.Applications.Store.OfConversation(turn.Conversation.Id);
        if (mine.Count == 0)
        {
            turn.Reply(turn.Text(ApplicationTextKeys.None), [NewButton(turn), Replies.MenuButton(turn)]);
            return;
        }

        if (mine.Count == 1)
        {
            Show(turn, mine[0]);
            return;
        }

        var lines = mine.Take(Shown).Select(a => turn.Applications.Notices.Line(a, turn.ReplyLanguage));
        turn.Reply(
            turn.Text(ApplicationTextKeys.MineTitle) + "\n" + string.Join("\n", lines),
            [.. mine.Take(Shown).Select(a => new Button(a.Id, ApplicationPayloads.Show(a.Id))), Replies.MenuButton(turn)]);
    }

    /// <summary>An application by number; another conversation's number reads as unknown, so numbers cannot be probed.</summary>
    public static void Show(TurnContext turn, string id)
    {
        if (turn.Applications.Store.Find(id) is { } application && application.ConversationId == turn.Conversation.Id)
        {
            Show(turn, application);
            return;
        }

        turn.Reply(turn.Applications.Notices.Texts.Format(ApplicationTextKeys.NotFound, turn.ReplyLanguage, ("number", id)), [MineButton(turn), Replies.MenuButton(turn)]);
    }

    public static void Rate(TurnContext turn, string id, int score)
    {
        var store = turn.Applications.Store;
        if (store.Find(id) is { Satisfaction: null, SatisfactionAskedAt: not null } application && application.ConversationId == turn.Conversation.Id)
        {
            application.Satisfaction = score;
            application.UpdatedAt = turn.Now;
            application.History.Add(new ApplicationChange { At = turn.Now, By = ApplicationChanges.Entrepreneur, Kind = ApplicationChangeKind.Rated, Status = application.Status });
            store.Save(application);
            turn.Record(AnalyticsEventTypes.Command, "application.rated");
        }

        turn.Reply(turn.Text(ApplicationTextKeys.RateThanks), [Replies.MenuButton(turn)]);
    }

    /// <summary>The entrepreneur's answer to a consultant's question: kept with the application, which goes back to the consultant.</summary>
    public static void AddAnswer(TurnContext turn, Application application, string text)
    {
        application.Status = ApplicationStatus.Assigned;
        application.UpdatedAt = turn.Now;
        application.History.Add(new ApplicationChange
        {
            At = turn.Now, By = ApplicationChanges.Entrepreneur, Kind = ApplicationChangeKind.EntrepreneurReply, Status = application.Status, AssignedTo = application.AssignedTo, Text = text,
        });
        turn.Applications.Store.Save(application);
        turn.Record(AnalyticsEventTypes.Command, "application.answered_by_entrepreneur");
        turn.Reply(turn.Applications.Notices.Texts.Format(ApplicationTextKeys.AnswerAdded, turn.ReplyLanguage, ("number", application.Id)), [MineButton(turn), Replies.MenuButton(turn)]);
    }

    private static void Show(TurnContext turn, Application application)
    {
        var timing = turn.Applications.Clock.Of(application, turn.Now);
        turn.Reply(turn.Applications.Notices.Details(application, timing, turn.ReplyLanguage), [MineButton(turn), Replies.MenuButton(turn)]);
    }

    private static Button NewButton(TurnContext turn) => new(turn.Text(ApplicationTextKeys.ButtonNew), Flows.FlowPayloads.Start(ApplicationForm.FlowId));
}
