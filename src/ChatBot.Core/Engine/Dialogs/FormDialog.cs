using ChatBot.Core.Conversations;
using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Flows;
using ChatBot.Core.Flows.Answers;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Engine.Dialogs;

/// <summary>
/// A form or survey the user is inside: an answer, back, skip, cancel, or a question about something else (answered
/// aside, then the same step is asked again). Begun by <see cref="FlowRunner.Start"/>; a flow button of another flow
/// is left to <see cref="FlowStartStep"/>, any other button to the steps after the stack.
/// </summary>
public sealed class FormDialog(IIntentClassifier classifier) : IDialog
{
    public StepResult Continue(TurnContext turn)
    {
        var payload = turn.Message.Payload;
        if (turn.Conversation.Flow is null || (payload is not null && (!FlowPayloads.IsFlow(payload) || FlowPayloads.TryStart(payload, out _))))
        {
            return StepResult.NotHandled;
        }

        if (FlowRunner.Current(turn) is not { } flow)
        {
            return StepResult.Handled;
        }

        if (turn.Conversation.Flow.Reviewing)
        {
            return Review(turn, flow, payload, turn.Message.Text);
        }

        if (turn.Message.File is { } file)
        {
            FlowFiles.Receive(turn, flow, file);
            return StepResult.Handled;
        }

        var step = flow.Step(turn.Conversation.Flow.StepId)!;
        return payload is not null ? Pressed(turn, flow, step, payload) : Typed(turn, flow, step);
    }

    public bool Resume(TurnContext turn)
    {
        if (turn.Conversation.Flow is null)
        {
            return false;
        }

        FlowRunner.Resume(turn, FlowTextKeys.BackToStep);
        return true;
    }

    /// <summary>The answer to "are these details still right?": use them ("yes"), change them ("no"), or leave.</summary>
    private static StepResult Review(TurnContext turn, FlowDefinition flow, string? payload, string? text)
    {
        var words = turn.Knowledge.Words;
        if (payload is null ? words.Yes.Matches(text) : payload == FlowPayloads.KnownUse)
        {
            FlowKnownAnswers.Use(turn, flow);
        }
        else if (payload is null ? words.No.Matches(text) || words.Change.Matches(text) : payload == FlowPayloads.KnownChange)
        {
            FlowKnownAnswers.Change(turn, flow);
        }
        else if (payload is null ? words.Cancel.Matches(text) : payload == FlowPayloads.Cancel)
        {
            FlowRunner.Cancel(turn);
        }
        else
        {
            turn.Reply(turn.Text(FlowTextKeys.InvalidYesNo));
            FlowRunner.Ask(turn, flow);
        }

        return StepResult.Handled;
    }

    private static StepResult Pressed(TurnContext turn, FlowDefinition flow, FlowStepDefinition step, string payload)
    {
        if (payload == FlowPayloads.Cancel)
        {
            FlowRunner.Cancel(turn);
        }
        else if (payload == FlowPayloads.Back)
        {
            FlowRunner.Back(turn, flow);
        }
        else if (FlowPayloads.TrySkip(payload, out var skipped) && skipped == step.Id && step.Optional)
        {
            FlowRunner.Accept(turn, flow, step, "");
        }
        else if (FlowPayloads.TryKeep(payload, out var kept) && kept == step.Id && turn.Conversation.Flow!.Known.TryGetValue(step.Id, out var known))
        {
            FlowRunner.Accept(turn, flow, step, known ?? "");
        }
        else if (FlowPayloads.TryDone(payload, out var done) && done == step.Id)
        {
            Done(turn, flow, step);
        }
        else if (FlowPayloads.TryAnswer(payload, out var stepId, out var value) && stepId == step.Id)
        {
            Apply(turn, flow, step, AnswerReader.Read(step, value, "", turn.Conversation.Flow!.Selection, turn.Knowledge.Words));
        }
        else
        {
            // A button of an earlier question: ask the current one again rather than guess.
            FlowRunner.Ask(turn, flow);
        }

        return StepResult.Handled;
    }

    private StepResult Typed(TurnContext turn, FlowDefinition flow, FlowStepDefinition step)
    {
        var text = turn.Message.Text?.Trim() ?? "";
        var words = turn.Knowledge.Words;
        if (words.Back.Matches(text))
        {
            FlowRunner.Back(turn, flow);
        }
        else if (words.Cancel.Matches(text))
        {
            FlowRunner.Cancel(turn);
        }
        else if (step.Optional && words.Skip.Matches(text))
        {
            FlowRunner.Accept(turn, flow, step, "");
        }
        else if ((step.Type == StepType.MultiChoice && words.Done.Matches(text)) || (step.Type == StepType.Files && (words.Done.Matches(text) || words.Skip.Matches(text))))
        {
            Done(turn, flow, step);
        }
        else
        {
            var result = AnswerReader.Read(step, null, text, turn.Conversation.Flow!.Selection, turn.Knowledge.Words);
            if (result is AnswerResult.Invalid && AnsweredAsQuestion(turn, text))
            {
                return StepResult.HandledAside;
            }

            Apply(turn, flow, step, result);
        }

        return StepResult.Handled;
    }

    private static void Done(TurnContext turn, FlowDefinition flow, FlowStepDefinition step)
    {
        if (step.Type == StepType.Files)
        {
            // Files are never required: "Готово" with none sent passes the step.
            FlowRunner.Accept(turn, flow, step, FlowFiles.Answer(turn.Conversation.Flow!));
            return;
        }

        var selection = turn.Conversation.Flow!.Selection;
        if (selection.Count == 0 && !step.Optional)
        {
            Apply(turn, flow, step, new AnswerResult.Invalid(FlowTextKeys.NoneSelected));
            return;
        }

        FlowRunner.Accept(turn, flow, step, string.Join(',', step.Options.Select(o => o.Value).Where(selection.Contains)));
    }

    private static void Apply(TurnContext turn, FlowDefinition flow, FlowStepDefinition step, AnswerResult result)
    {
        switch (result)
        {
            case AnswerResult.Accepted accepted:
                FlowRunner.Accept(turn, flow, step, accepted.Value);
                break;
            case AnswerResult.Toggled:
                // A valid pick on a multi-choice step: the wrong answers before it no longer count in a row.
                turn.Conversation.Flow!.Attempts = 0;
                FlowRunner.Ask(turn, flow);
                break;
            case AnswerResult.Invalid invalid:
                var state = turn.Conversation.Flow!;
                state.Attempts++;
                var message = invalid.TextKey == FlowTextKeys.TextPattern && step.PatternError is { } custom
                    ? custom.In(turn.ReplyLanguage)
                    : turn.Knowledge.Texts.Format(invalid.TextKey, turn.ReplyLanguage, invalid.Values);
                turn.Reply(message);
                if (state.Attempts >= turn.Knowledge.Handoff.WrongAnswers)
                {
                    // A person helps after a few wrong answers in a row; the flow waits at this step for the give-back.
                    state.Attempts = 0;
                    turn.Desk.Request(turn, HandoffReason.FlowValidation);
                    break;
                }

                FlowRunner.Ask(turn, flow);
                break;
        }
    }

    /// <summary>A confident FAQ question typed instead of an answer is answered; the flow waits.</summary>
    private bool AnsweredAsQuestion(TurnContext turn, string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var scores = (turn.Classifier ?? classifier).Classify(text);
        if (DecisionPolicy.Decide(scores, turn.Knowledge.Thresholds) is not Decision.Accept accept ||
            turn.Knowledge.Find(accept.Top.Intent) is not { IsSystem: false } intent)
        {
            return false;
        }

        turn.Record(AnalyticsEventTypes.Answered, intent.Id, accept.Top.Probability);
        Replies.Answer(turn, intent);
        return true;
    }
}
