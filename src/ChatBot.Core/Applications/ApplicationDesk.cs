using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Applications;

/// <summary>
/// The consultants' actions on applications: assign, change the status, reply, note. Each is timestamped in the
/// history, and every change of status is told to the entrepreneur in the chat and language of the application,
/// through the outbox and the transcript, however long ago they last wrote. Runs in the conversation's lane, so a
/// notice never interleaves with the user's own turn.
/// </summary>
public sealed class ApplicationDesk(
    IApplications applications, IConversationStore conversations, ConversationEngine engine, ApplicationNotices notices, ConversationEvents events, TimeProvider time)
{
    public Task<ApplicationDeskResult> AssignAsync(string id, string who, string consultant, string? note) => ChangeAsync(id, (application, now) =>
    {
        application.AssignedTo = consultant;
        application.FirstResponseAt ??= now;
        var status = application.Status is ApplicationStatus.New ? ApplicationStatus.Assigned : application.Status;
        var told = status != application.Status;
        application.Status = status;
        application.History.Add(new ApplicationChange { At = now, By = who, Kind = ApplicationChangeKind.Assigned, Status = status, AssignedTo = consultant, Text = note });
        return new Told(told ? [notices.StatusChanged(application, note)] : []);
    });

    public Task<ApplicationDeskResult> SetStatusAsync(string id, string who, ApplicationStatus to, string? note) => ChangeAsync(id, (application, now) =>
    {
        if (!ApplicationTransitions.Allowed(application.Status, to))
        {
            return Told.Refused($"an application that is {application.Status} cannot become {to}");
        }

        Move(application, to, now);
        application.History.Add(new ApplicationChange { At = now, By = who, Kind = ApplicationChangeKind.Status, Status = to, AssignedTo = application.AssignedTo, Text = note });
        return new Told([notices.StatusChanged(application, note), .. RateQuestion(application, now)]);
    });

    /// <summary>
    /// The consultant's text to the entrepreneur: an answer (the status becomes answered) or, with
    /// <paramref name="asking"/>, a question back (waiting for the entrepreneur).
    /// </summary>
    public Task<ApplicationDeskResult> ReplyAsync(string id, string who, string text, bool asking) => ChangeAsync(id, (application, now) =>
    {
        var to = asking ? ApplicationStatus.WaitingForEntrepreneur : ApplicationStatus.Answered;

        // Replying to a new application takes it: it passes through "assigned" to the consultant who replied.
        var from = application.Status == ApplicationStatus.New ? ApplicationStatus.Assigned : application.Status;
        if (from != to && !ApplicationTransitions.Allowed(from, to))
        {
            return Told.Refused($"an application that is {application.Status} cannot be replied to; reopen it first");
        }

        application.AssignedTo ??= who;
        Move(application, to, now);
        application.History.Add(new ApplicationChange { At = now, By = who, Kind = ApplicationChangeKind.Reply, Status = to, AssignedTo = application.AssignedTo, Text = text });
        return new Told([notices.Reply(application, text), .. RateQuestion(application, now)]);
    });

    /// <summary>An internal note: kept in the history, never told to the entrepreneur.</summary>
    public Task<ApplicationDeskResult> NoteAsync(string id, string who, string text) => ChangeAsync(id, (application, now) =>
    {
        application.History.Add(new ApplicationChange { At = now, By = who, Kind = ApplicationChangeKind.Note, Status = application.Status, AssignedTo = application.AssignedTo, Text = text });
        return new Told([]);
    });

    private static void Move(Application application, ApplicationStatus to, DateTimeOffset now)
    {
        application.Status = to;
        if (to != ApplicationStatus.Closed)
        {
            application.FirstResponseAt ??= now;
        }

        if (to == ApplicationStatus.Answered)
        {
            application.AnsweredAt ??= now;
        }
    }

    private IEnumerable<OutgoingMessage> RateQuestion(Application application, DateTimeOffset now)
    {
        if (application.Status != ApplicationStatus.Answered || !SatisfactionRule.MayAsk(application, applications.OfConversation(application.ConversationId), now))
        {
            return [];
        }

        application.SatisfactionAskedAt = now;
        return [notices.RateQuestion(application)];
    }

    private async Task<ApplicationDeskResult> ChangeAsync(string id, Func<Application, DateTimeOffset, Told> change)
    {
        if (applications.Find(id) is not { } found)
        {
            return ApplicationDeskResult.NotFound;
        }

        var result = await engine.InLaneAsync(found.ConversationId, () =>
        {
            // Read again inside the lane: the user's own turn (a rating, an answer) may have changed it meanwhile.
            var application = applications.Find(id)!;
            var now = time.GetUtcNow();
            var told = change(application, now);
            if (told.Refusal is { } refusal)
            {
                return ApplicationDeskResult.Refused(refusal);
            }

            application.UpdatedAt = now;
            applications.Save(application);
            Tell(application, told.Messages, now);
            return new ApplicationDeskResult(ApplicationDeskOutcome.Done, application);
        });

        if (result.Outcome == ApplicationDeskOutcome.Done)
        {
            events.Publish(found.ConversationId, ConversationChange.Replies);
        }

        return result;
    }

    // Saved first, told second: a crash between the two leaves a change the console shows and the user was not told
    // of, rather than a notice of a change that did not happen. A conversation erased by /forget is told nothing.
    private void Tell(Application application, IReadOnlyList<OutgoingMessage> messages, DateTimeOffset now)
    {
        if (messages.Count == 0 || conversations.Find(application.ConversationId) is not { } conversation)
        {
            return;
        }

        conversations.Commit(new TurnRecord(
            conversation,
            null,
            [.. messages.Select(m => TranscriptEntry.Outbound(conversation.Id, m, now))],
            [.. messages.Select(m => OutboxItem.For(conversation, m, now))],
            [],
            []));
    }

    /// <summary>What a change tells the entrepreneur, or why it is refused (then nothing is saved).</summary>
    private sealed record Told(IReadOnlyList<OutgoingMessage> Messages, string? Refusal = null)
    {
        public static Told Refused(string reason) => new([], reason);
    }
}
