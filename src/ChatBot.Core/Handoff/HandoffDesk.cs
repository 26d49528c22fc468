using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Handoff;

/// <summary>
/// The bot's side of a handoff: puts a conversation in the operators' queue (telling the user what happens next
/// and how long it may take, or when operators are back), reminds a waiting user now and then that an operator will
/// answer, and takes the conversation out again on /cancel.
/// </summary>
public sealed class HandoffDesk(WorkingHours hours, IHandoffLog log, ConversationEvents events, OperatorPresence presence)
{
    /// <summary>
    /// How often a waiting user is told again that their messages reach the operator: often enough that nobody feels
    /// ignored, seldom enough that answers are not buried under the same note.
    /// </summary>
    public static readonly TimeSpan WaitingNoteInterval = TimeSpan.FromMinutes(10);

    public WorkingHours Hours => hours;

    /// <summary>Where a change of a conversation in the queue is published; the operators' console listens.</summary>
    public ConversationEvents Events => events;

    public void Request(TurnContext turn, HandoffReason reason)
    {
        var conversation = turn.Conversation;
        conversation.MisunderstoodInARow = 0;
        conversation.Pending = PendingQuestion.None;
        if (conversation.Mode == ConversationMode.WaitingForOperator)
        {
            // Asked again while waiting: say where things stand rather than queue twice or say nothing.
            NoteWaiting(turn, force: true);
            return;
        }

        if (conversation.Mode != ConversationMode.Bot)
        {
            return;
        }

        var open = hours.IsOpen(turn.Now);
        var record = new HandoffRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            ConversationId = conversation.Id,
            Channel = conversation.Channel,
            Language = turn.ReplyLanguage.Code(),
            Reason = reason,
            Question = QuestionOf(turn.Message),
            OutsideHours = !open,
            RequestedAt = turn.Now,
        };
        var ahead = log.WaitingCount();
        conversation.Mode = ConversationMode.WaitingForOperator;
        conversation.OperatorId = null;
        conversation.HandoffId = record.Id;
        conversation.WaitingNoteAt = null;
        turn.Handoff = record;
        turn.Record(AnalyticsEventTypes.HandoffRequested, reason.ToString());

        var cancel = LeaveQueueButton(turn);
        if (open)
        {
            var minutes = EstimatedMinutes(ahead);
            var key = ahead == 0 ? TextKeys.HandoffQueuedNext : TextKeys.HandoffQueued;
            turn.Reply(turn.Knowledge.Texts.Format(key, turn.ReplyLanguage, ("ahead", ahead), ("minutes", minutes)), [cancel]);
        }
        else
        {
            turn.Reply(WithHours(turn, TextKeys.HandoffOutsideHours), [cancel]);
        }
    }

    /// <summary>
    /// After a turn of a conversation that waits in the queue: the first message after queueing, and then one at most
    /// every <see cref="WaitingNoteInterval"/>, gets the note that the operator will answer here (with the working hours
    /// when they are closed); a message the bot had nothing else to say to gets a one-line acknowledgement instead, so
    /// the bot is never silent.
    /// </summary>
    public void NoteWaiting(TurnContext turn, bool force = false)
    {
        var conversation = turn.Conversation;
        var due = force || conversation.WaitingNoteAt is not { } last || turn.Now - last >= WaitingNoteInterval;
        var cancel = LeaveQueueButton(turn);
        if (!due)
        {
            if (turn.Replies.Count == 0)
            {
                turn.Reply(turn.Text(TextKeys.HandoffWaitingShort), [cancel]);
            }

            return;
        }

        conversation.WaitingNoteAt = turn.Now;
        var text = hours.IsOpen(turn.Now) ? turn.Text(TextKeys.HandoffWaitingNote) : WithHours(turn, TextKeys.HandoffWaitingNoteClosed);
        turn.Reply(text, [cancel, Replies.MenuButton(turn)]);
    }

    private static Button LeaveQueueButton(TurnContext turn) => new(turn.Text(TextKeys.ButtonLeaveQueue), Payloads.LeaveQueue);

    /// <summary>A text that says the working hours and when they open next.</summary>
    private string WithHours(TurnContext turn, string key) => turn.Knowledge.Texts.Format(
        key,
        turn.ReplyLanguage,
        ("opens", hours.Opens.ToString("HH:mm")),
        ("closes", hours.Closes.ToString("HH:mm")),
        ("next", hours.NextOpening(turn.Now).ToString("dd.MM HH:mm", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// The operators online take the queue in parallel, so the user waits for their turn in rounds of that many;
    /// with nobody online in working hours the estimate assumes one will come.
    /// </summary>
    private int EstimatedMinutes(int ahead)
    {
        var serving = Math.Max(1, presence.Online);
        return (ahead / serving + 1) * hours.MinutesPerWaitingConversation;
    }

    /// <summary>
    /// Stores the user's rating of this conversation's handoff, written with the turn; false when the handoff is not
    /// theirs or was rated already.
    /// </summary>
    public bool Rate(TurnContext turn, string handoffId, int score)
    {
        if (log.Find(handoffId) is not { } record || record.ConversationId != turn.Conversation.Id || record.Rating is not null)
        {
            return false;
        }

        record.Rating = score;
        turn.Handoff = record;
        return true;
    }

    /// <summary>/cancel while waiting: the user leaves the queue and the bot answers again.</summary>
    public void LeaveQueue(TurnContext turn)
    {
        End(turn, HandoffOutcome.Cancelled);
        turn.Record(AnalyticsEventTypes.HandoffCancelled);
        turn.Reply(turn.Text(TextKeys.HandoffCancelled), [Replies.MenuButton(turn)]);
    }

    /// <summary>
    /// /forget while waiting or held: the handoff ends first, because an erasure cannot leave a conversation
    /// open in an operator's console; the bot then asks to confirm the erasure.
    /// </summary>
    public void LeaveToForget(TurnContext turn) => End(turn, HandoffOutcome.LeftToForget);

    private void End(TurnContext turn, HandoffOutcome outcome)
    {
        var record = turn.Conversation.HandoffId is { } id ? log.Find(id) : null;
        HandoffTransitions.End(turn.Conversation, record, outcome, turn.Now);
        turn.Handoff = record ?? turn.Handoff;
    }

    private static string? QuestionOf(IncomingMessage message) =>
        message.Text is { } text && !text.TrimStart().StartsWith('/') ? text.Trim() : null;
}
