using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Engine.Trainings;

/// <summary>
/// <c>on_complete: enroll</c>: the enrollment form knows the person's stored details, names its training in its
/// prompts, and at its end keeps the details (after consent) and asks for the seat.
/// </summary>
public sealed class EnrollmentFlowAction : IFlowAction
{
    public const string ActionName = "enroll";

    public string Name => ActionName;

    public IReadOnlyDictionary<string, string> KnownAnswers(TurnContext turn, FlowState state) =>
        TraineeAnswers.Known(turn.Trainings.Trainees.Find(turn.Conversation.Id));

    public IReadOnlyDictionary<string, string> Placeholders(TurnContext turn, FlowState state) =>
        turn.Trainings.Catalog.Find(EnrollmentContext.Parse(state.Context).TrainingId) is { } training
            ? new Dictionary<string, string> { ["training"] = training.Title.In(turn.ReplyLanguage), ["when"] = AlmatyTime.Span(training) }
            : new Dictionary<string, string>();

    public void Complete(TurnContext turn, FlowDefinition flow, FlowState state)
    {
        var services = turn.Trainings;
        var before = services.Trainees.Find(turn.Conversation.Id);
        if (before is null || before.ConsentAt == default)
        {
            turn.Record(AnalyticsEventTypes.ConsentGiven, "trainee");
        }

        services.Trainees.Save(TraineeAnswers.ToTrainee(turn.Conversation.Id, state.Answers, before, turn.Now));
        var context = EnrollmentContext.Parse(state.Context);
        if (services.Catalog.Find(context.TrainingId) is not { } training)
        {
            turn.Reply(turn.Text(EnrollmentTextKeys.NotFound));
            TrainingReplies.List(turn);
            return;
        }

        Enrolling.Request(turn, training, context.JoinWaitingList);
    }
}
