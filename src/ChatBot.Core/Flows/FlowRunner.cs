using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Flows;

/// <summary>
/// Moves a conversation through a flow: start, ask, accept or explain, back, cancel, finish. The
/// position lives in <see cref="FlowState"/> and the answers in a <see cref="FlowResponse"/>, both
/// written with the turn, so a restart or a week of silence resumes at the same step.
/// </summary>
public static class FlowRunner
{
    /// <param name="context">What the flow is for (the training to enroll in); its on-complete action reads it.</param>
    public static void Start(TurnContext turn, FlowDefinition flow, string? context = null)
    {
        var conversation = turn.Conversation;
        if (conversation.Flow is { } current && current.FlowId == flow.Id && current.Context == context)
        {
            Resume(turn);
            return;
        }

        var action = turn.Flows.Action(flow.OnComplete);
        if (flow.OnComplete is not null && action is null)
        {
            // The flow acts through a service this installation does not run: say so rather than collect answers in vain.
            turn.Reply(turn.Text(FlowTextKeys.Gone), [Replies.MenuButton(turn)]);
            return;
        }

        var window = Campaigns.SurveyWindow.Of(flow, turn.Flows.Campaigns, turn.Now);
        if (!window.IsOpen)
        {
            Campaigns.SurveyClosedReply.Send(turn, flow, window.Campaign!);
            return;
        }

        var period = window.Period;
        if (flow.OncePer != FlowPeriod.Unlimited && turn.Flows.Responses.HasCompleted(flow.Id, period, conversation.Id))
        {
            turn.Reply(turn.Knowledge.Texts.Format(FlowTextKeys.AlreadyDone, turn.ReplyLanguage, ("period", period)), [Replies.MenuButton(turn)]);
            return;
        }

        if (conversation.Flow is not null)
        {
            Leave(turn, FlowResponseStatus.Cancelled);
        }

        Begin(turn, flow, period, context);
        if (action is not null)
        {
            FlowKnownAnswers.Offer(turn, flow, action.KnownAnswers(turn, conversation.Flow!));
        }

        turn.Record(AnalyticsEventTypes.Command, "flow.start:" + flow.Id);
        turn.Reply(flow.Title.In(turn.ReplyLanguage) + "\n\n" + FlowSummary.Fill(turn, flow, conversation.Flow!, flow.Intro.In(turn.ReplyLanguage)));
        Ask(turn, flow);
    }

    /// <summary>Asks the current step again after a pause, a /start or an unrelated question.</summary>
    public static void Resume(TurnContext turn, string textKey = FlowTextKeys.Resumed)
    {
        if (Current(turn) is not { } flow)
        {
            return;
        }

        turn.Reply(turn.Text(textKey));
        Ask(turn, flow);
    }

    public static void Cancel(TurnContext turn)
    {
        Leave(turn, FlowResponseStatus.Cancelled);
        turn.Reply(turn.Text(FlowTextKeys.Cancelled), [Replies.MenuButton(turn)]);
    }

    public static void Back(TurnContext turn, FlowDefinition flow)
    {
        var state = turn.Conversation.Flow!;
        if (state.History.Count == 0)
        {
            turn.Reply(turn.Text(FlowTextKeys.FirstStep));
        }
        else
        {
            state.StepId = state.History[^1];
            state.History.RemoveAt(state.History.Count - 1);
            state.Answers.Remove(state.StepId);
            state.Selection.Clear();
            state.Attempts = 0;
            SaveResponse(turn, flow, FlowResponseStatus.InProgress);
        }

        Ask(turn, flow);
    }

    /// <summary>Stores a valid answer (empty for a skipped step) and moves to the next step that applies.</summary>
    public static void Accept(TurnContext turn, FlowDefinition flow, FlowStepDefinition step, string value)
    {
        var state = turn.Conversation.Flow!;
        if (step.Type is StepType.Consent or StepType.Confirm && value == "no" && step.StopIfDeclined)
        {
            Leave(turn, FlowResponseStatus.Cancelled);
            turn.Reply(turn.Text(step.Type == StepType.Consent ? FlowTextKeys.DeclinedConsent : FlowTextKeys.DeclinedConfirm), [Replies.MenuButton(turn)]);
            return;
        }

        state.Answers[step.Id] = value;
        state.History.Add(step.Id);
        state.Selection.Clear();
        state.Attempts = 0;
        if (NextStep(flow, step, state.Answers) is { } next)
        {
            state.StepId = next.Id;
            SaveResponse(turn, flow, FlowResponseStatus.InProgress);
            Ask(turn, flow);
        }
        else
        {
            Finish(turn, flow);
        }
    }

    /// <summary>
    /// Takes the known answers of the steps <paramref name="which"/> selects, from the current step on, as if they
    /// had been given now; stops at the first step that must be asked, asks it, or finishes the flow.
    /// </summary>
    internal static void AnswerKnown(TurnContext turn, FlowDefinition flow, Func<FlowStepDefinition, bool> which)
    {
        var state = turn.Conversation.Flow!;
        var step = flow.Step(state.StepId);
        while (step is { Profile: true } && which(step) && state.Known.TryGetValue(step.Id, out var value))
        {
            state.Answers[step.Id] = value ?? "";
            state.History.Add(step.Id);
            step = NextStep(flow, step, state.Answers);
            if (step is null)
            {
                Finish(turn, flow);
                return;
            }

            state.StepId = step.Id;
        }

        SaveResponse(turn, flow, FlowResponseStatus.InProgress);
        Ask(turn, flow);
    }

    /// <summary>The step's question with its progress ("3 / 12"), its buttons, back and cancel.</summary>
    public static void Ask(TurnContext turn, FlowDefinition flow)
    {
        var state = turn.Conversation.Flow!;
        if (state.Reviewing)
        {
            FlowKnownAnswers.AskReview(turn, flow);
            return;
        }

        var step = flow.Step(state.StepId)!;
        var takesFiles = Channels.TakesFiles(turn.Conversation.Channel);
        if (step.Type == StepType.Files && !takesFiles)
        {
            PassOver(turn, flow, step);
            return;
        }

        var language = turn.ReplyLanguage;
        var (position, total) = Progress(flow, state, takesFiles);
        var text = $"{position} / {total}\n\n{FlowSummary.Fill(turn, flow, state, step.Prompt.In(language))}";
        if (step.Type == StepType.Scale && step.MinLabel is { } low && step.MaxLabel is { } high)
        {
            text += $"\n{step.Min ?? 1} — {low.In(language)}, {step.Max ?? 5} — {high.In(language)}";
        }

        if (step.Type == StepType.MultiChoice && state.Selection.Count > 0)
        {
            var chosen = step.Options.Where(o => state.Selection.Contains(o.Value)).Select(o => o.Label.In(language));
            text += "\n\n" + turn.Knowledge.Texts.Format(FlowTextKeys.Selected, language, ("options", string.Join(", ", chosen)));
        }

        if (step.Type == StepType.Files && FlowFiles.Received(turn, state) is { } received)
        {
            text += "\n\n" + received;
        }

        turn.Reply(text, StepButtons(turn, step, state));
    }

    /// <summary>
    /// An attachment step on a channel without files (the widget): said so, and the next step asked. The step is not
    /// put in the history, so the progress ("4 / 6") and "back" skip it as if it were not there.
    /// </summary>
    private static void PassOver(TurnContext turn, FlowDefinition flow, FlowStepDefinition step)
    {
        var state = turn.Conversation.Flow!;
        turn.Reply(turn.Text(FlowTextKeys.FilesNotHere));
        state.Answers[step.Id] = "";
        if (NextStep(flow, step, state.Answers) is not { } next)
        {
            Finish(turn, flow);
            return;
        }

        state.StepId = next.Id;
        SaveResponse(turn, flow, FlowResponseStatus.InProgress);
        Ask(turn, flow);
    }

    /// <summary>The flow the conversation is in, or null (with the user told why) when it cannot go on.</summary>
    public static FlowDefinition? Current(TurnContext turn)
    {
        var state = turn.Conversation.Flow;
        if (state is null)
        {
            return null;
        }

        var flow = turn.Flows.Catalog.Find(state.FlowId);
        if (flow is null)
        {
            Leave(turn, FlowResponseStatus.Cancelled);
            turn.Reply(turn.Text(FlowTextKeys.Gone), [Replies.MenuButton(turn)]);
            return null;
        }

        if (flow.Version != state.Version || flow.Step(state.StepId) is null)
        {
            // The file changed under the respondent: answers to the old questions may not fit the new
            // ones, so the old pass is kept as restarted and the new version starts from its first step.
            var context = state.Context;
            Leave(turn, FlowResponseStatus.Restarted);
            turn.Reply(turn.Text(FlowTextKeys.VersionChanged));
            Begin(turn, flow, state.Period ?? FlowPeriods.Of(flow.OncePer, turn.Now), context);
            Ask(turn, flow);
            return null;
        }

        return flow;
    }

    private static void Begin(TurnContext turn, FlowDefinition flow, string period, string? context = null)
    {
        turn.Conversation.Flow = new FlowState
        {
            FlowId = flow.Id,
            Version = flow.Version,
            Context = context,
            StepId = NextStep(flow, null, new Dictionary<string, string>())!.Id,
            ResponseId = Guid.NewGuid().ToString("N"),
            StartedAt = turn.Now,
            Period = period,
        };
        SaveResponse(turn, flow, FlowResponseStatus.InProgress);
    }

    private static void Finish(TurnContext turn, FlowDefinition flow)
    {
        var state = turn.Conversation.Flow!;
        NoteIdNumber(turn, flow, state);
        var response = SaveResponse(turn, flow, FlowResponseStatus.Completed);
        if (turn.Flows.Action(flow.OnComplete) is { } action)
        {
            // The action keeps what it needs (an enrollment keeps the person's details with the trainee record).
            turn.Conversation.Flow = null;
            turn.Record(AnalyticsEventTypes.Command, "flow.completed:" + flow.Id);
            action.Complete(turn, flow, state);
            return;
        }

        var personal = flow.Steps
            .Where(s => s.Personal && state.History.Contains(s.Id) && !string.IsNullOrEmpty(state.Answers.GetValueOrDefault(s.Id)))
            .ToDictionary(s => s.Id, s => state.Answers[s.Id]);
        if (personal.Count > 0)
        {
            // Personal answers are kept only with consent, which the flow asked for before them.
            turn.Record(AnalyticsEventTypes.ConsentGiven, "flow:" + flow.Id);
            turn.FlowWrites.Contacts.Add(new FlowContact
            {
                Id = Guid.NewGuid().ToString("N"),
                ResponseId = response.Id,
                FlowId = flow.Id,
                ConversationId = turn.Conversation.Id,
                Values = personal,
                At = turn.Now,
            });
        }

        if (flow.OncePer != FlowPeriod.Unlimited)
        {
            turn.FlowWrites.Participations.Add(new FlowParticipation
            {
                Id = FlowParticipation.Key(flow.Id, response.Period, turn.Conversation.Id),
                CompletedAt = turn.Now,
            });
        }

        turn.Conversation.Flow = null;
        turn.Record(AnalyticsEventTypes.Command, "flow.completed:" + flow.Id);
        turn.Reply(flow.Done.In(turn.ReplyLanguage), [.. Campaigns.News.Offer(turn), Replies.MenuButton(turn)]);
    }

    /// <summary>
    /// An ИИН (else a БИН) given in a completed flow, such as an enrollment's or an application's, names the person in
    /// the reports' unique counts.
    /// </summary>
    private static void NoteIdNumber(TurnContext turn, FlowDefinition flow, FlowState state)
    {
        var given = flow.Steps
            .Where(s => s.Type is StepType.Iin or StepType.Bin)
            .OrderBy(s => s.Type == StepType.Iin ? 0 : 1)
            .Select(s => state.Answers.GetValueOrDefault(s.Id, ""))
            .FirstOrDefault(KzIdNumber.IsValid);
        if (given is not null)
        {
            turn.NoteIdNumber(given);
        }
    }

    /// <summary>Leaves the flow, keeping the answers given so far as a partial response.</summary>
    private static void Leave(TurnContext turn, FlowResponseStatus status)
    {
        var state = turn.Conversation.Flow;
        if (state is null)
        {
            return;
        }

        var flow = turn.Flows.Catalog.Find(state.FlowId);
        turn.FlowWrites.Responses.Add(BuildResponse(turn, state, flow, status));
        turn.Conversation.Flow = null;
    }

    private static FlowResponse SaveResponse(TurnContext turn, FlowDefinition flow, FlowResponseStatus status)
    {
        var response = BuildResponse(turn, turn.Conversation.Flow!, flow, status);
        turn.FlowWrites.Responses.RemoveAll(r => r.Id == response.Id);
        turn.FlowWrites.Responses.Add(response);
        return response;
    }

    /// <summary>Only answers on the path taken, and never personal ones: those go to a contact.</summary>
    private static FlowResponse BuildResponse(TurnContext turn, FlowState state, FlowDefinition? flow, FlowResponseStatus status) => new()
    {
        Id = state.ResponseId,
        FlowId = state.FlowId,
        Version = state.Version,
        Period = state.Period ?? FlowPeriods.Of(flow?.OncePer ?? FlowPeriod.Year, state.StartedAt == default ? turn.Now : state.StartedAt),
        Channel = turn.Conversation.Channel,
        Language = turn.Conversation.Language.Code(),
        Status = status,
        LastStepId = state.StepId,
        Answers = state.Answers
            .Where(a => state.History.Contains(a.Key) && flow?.Step(a.Key) is { Personal: false })
            .ToDictionary(a => a.Key, a => a.Value),
        StartedAt = state.StartedAt,
        UpdatedAt = turn.Now,
    };

    internal static FlowStepDefinition? NextStep(FlowDefinition flow, FlowStepDefinition? after, IReadOnlyDictionary<string, string> answers) =>
        flow.Steps
            .Skip(after is null ? 0 : flow.IndexOf(after.Id) + 1)
            .FirstOrDefault(s => s.When is null || s.When.Evaluate(answers));

    /// <summary>
    /// The questions answered so far plus this one, and the ones still to come that will surely be shown: those without
    /// a condition, and those whose condition reads only earlier steps and holds. A question whose condition waits on
    /// this answer or a later one is not counted until it is decided, so going forward the total never shrinks
    /// ("5 / 11" → "6 / 11"); it grows by one when an answer opens a follow-up ("5 / 11" → "6 / 12").
    /// </summary>
    internal static (int Position, int Total) Progress(FlowDefinition flow, FlowState state, bool takesFiles = true)
    {
        var current = flow.IndexOf(state.StepId);
        var remaining = flow.Steps
            .Skip(current + 1)
            .Where(s => takesFiles || s.Type != StepType.Files)
            .Count(s => s.When is null || (s.When.Steps().All(id => flow.IndexOf(id) < current) && s.When.Evaluate(state.Answers)));
        var position = state.History.Count + 1;
        return (position, position + remaining);
    }

    private static List<Button> StepButtons(TurnContext turn, FlowStepDefinition step, FlowState state)
    {
        var language = turn.ReplyLanguage;
        var buttons = new List<Button>();
        switch (step.Type)
        {
            case StepType.Choice:
                buttons.AddRange(step.Options.Select(o => new Button(o.Label.In(language), FlowPayloads.Answer(step.Id, o.Value))));
                break;
            case StepType.MultiChoice:
                buttons.AddRange(step.Options.Select(o => new Button(
                    (state.Selection.Contains(o.Value) ? "✓ " : "") + o.Label.In(language), FlowPayloads.Answer(step.Id, o.Value))));
                buttons.Add(new Button(turn.Text(FlowTextKeys.ButtonDone), FlowPayloads.Done(step.Id)));
                break;
            case StepType.Scale:
                for (var value = (int)(step.Min ?? 1); value <= (int)(step.Max ?? 5); value++)
                {
                    var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    buttons.Add(new Button(text, FlowPayloads.Answer(step.Id, text)));
                }

                break;
            case StepType.Consent or StepType.Confirm:
                buttons.Add(new Button(turn.Text(TextKeys.ButtonYes), FlowPayloads.Answer(step.Id, "yes")));
                buttons.Add(new Button(turn.Text(TextKeys.ButtonNo), FlowPayloads.Answer(step.Id, "no")));
                break;
            case StepType.Files:
                buttons.Add(new Button(turn.Text(FlowTextKeys.ButtonDone), FlowPayloads.Done(step.Id)));
                break;
        }

        if (state.Known.TryGetValue(step.Id, out var known) && step.Type is not (StepType.Consent or StepType.Confirm))
        {
            var shown = FlowSummary.Display(turn, step, known);
            buttons.Insert(0, new Button(turn.Knowledge.Texts.Format(FlowTextKeys.ButtonKeep, language, ("value", shown)), FlowPayloads.Keep(step.Id)));
        }

        if (step.Optional)
        {
            buttons.Add(new Button(turn.Text(FlowTextKeys.ButtonSkip), FlowPayloads.Skip(step.Id)));
        }

        if (state.History.Count > 0)
        {
            buttons.Add(new Button(turn.Text(FlowTextKeys.ButtonBack), FlowPayloads.Back));
        }

        buttons.Add(new Button(turn.Text(FlowTextKeys.ButtonCancel), FlowPayloads.Cancel));
        return buttons;
    }
}
