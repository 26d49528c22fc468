using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Time;

namespace ChatBot.Core.Engine.Applications;

/// <summary>
/// <c>on_complete: apply</c>: the application form's answers become a numbered application, and the entrepreneur
/// reads its number, a summary and when the first response is due.
/// </summary>
public sealed class ApplicationFlowAction : IFlowAction
{
    public const string ActionName = "apply";

    public string Name => ActionName;

    public IReadOnlyDictionary<string, string> KnownAnswers(TurnContext turn, FlowState state) => new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Placeholders(TurnContext turn, FlowState state) => new Dictionary<string, string>();

    public void Complete(TurnContext turn, FlowDefinition flow, FlowState state)
    {
        var answers = state.Answers;
        var draft = new Application
        {
            ConversationId = turn.Conversation.Id,
            Channel = turn.Conversation.Channel,
            ChatId = turn.Conversation.ChatId,
            Language = turn.ReplyLanguage,
            Kind = ApplicationKinds.TryParse(answers.GetValueOrDefault(ApplicationForm.Kind), out var kind) ? kind : ApplicationKind.Other,
            Description = answers.GetValueOrDefault(ApplicationForm.Description) ?? "",
            Name = answers.GetValueOrDefault(ApplicationForm.Name) ?? "",
            Phone = answers.GetValueOrDefault(ApplicationForm.Phone) ?? "",
            AnswerBy = answers.GetValueOrDefault(ApplicationForm.AnswerBy) == ApplicationForm.ByPhone ? AnswerChannel.Phone : AnswerChannel.Chat,
            ConsentAt = turn.Now,
            Attachments = state.Files
                .Select(f => new ApplicationAttachment { FileName = f.FileName, MediaType = f.MediaType, Size = f.Size, Content = f.Content })
                .ToList(),
            Status = ApplicationStatus.New,
            CreatedAt = turn.Now,
            UpdatedAt = turn.Now,
            History = [new ApplicationChange { At = turn.Now, By = ApplicationChanges.Entrepreneur, Kind = ApplicationChangeKind.Submitted, Status = ApplicationStatus.New }],
        };
        var application = turn.Applications.Store.Submit(draft, AlmatyTime.Of(turn.Now).Year);
        turn.Record(AnalyticsEventTypes.Command, "application.submitted:" + application.Kind.Code());

        var summary = FlowSummary.Lines(turn, flow.Steps
            .Where(s => s.Label is not null && state.History.Contains(s.Id))
            .Select(s => (s, answers.GetValueOrDefault(s.Id, ""))));
        var due = turn.Applications.Clock.Of(application, turn.Now).FirstResponseDue;
        turn.Reply(
            turn.Applications.Notices.Texts.Format(
                ApplicationTextKeys.Submitted,
                turn.ReplyLanguage,
                ("number", application.Id),
                ("summary", summary),
                ("due", $"{AlmatyTime.Date(due)} {AlmatyTime.Time(due)}")),
            [ApplicationReplies.MineButton(turn), Replies.MenuButton(turn)]);
    }
}
