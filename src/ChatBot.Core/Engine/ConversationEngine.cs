using ChatBot.Core.Concurrency;
using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Engine.Dialogs;
using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Engine;

/// <summary>
/// The turn: take the conversation's lane, load its state, drop duplicates, run the steps, then
/// commit state, transcript, outbox and events in one transaction before anything is sent.
/// Knows no transport.
/// </summary>
public sealed class ConversationEngine
{
    private readonly KnowledgeBase _knowledge;
    private readonly IConversationStore _store;
    private readonly ILanguageDetector _languageDetector;
    private readonly TimeProvider _time;
    private readonly TurnServices _services;
    private readonly IReadOnlyList<ITurnStep> _steps;
    private readonly DialogStack _dialogs;
    private readonly ConversationLanes _lanes;
    private readonly LiveModels? _live;

    /// <param name="steps">The turn's steps in order; the <see cref="DialogStack"/> is one of them.</param>
    /// <param name="locks">Holds a conversation across hosts while a turn runs; none needed for one host.</param>
    public ConversationEngine(
        KnowledgeBase knowledge,
        IConversationStore store,
        ILanguageDetector languageDetector,
        TimeProvider time,
        TurnServices services,
        IEnumerable<ITurnStep> steps,
        LiveModels? live = null,
        IConversationLocks? locks = null)
    {
        _lanes = new ConversationLanes(locks);
        _knowledge = knowledge;
        _live = live;
        _store = store;
        _languageDetector = languageDetector;
        _time = time;
        _services = services;
        _steps = [.. steps];
        _dialogs = _steps.OfType<DialogStack>().SingleOrDefault()
            ?? throw new ArgumentException("the steps must include the dialog stack", nameof(steps));
    }

    /// <summary>The knowledge a turn starting now answers from.</summary>
    public KnowledgeBase Knowledge => _live?.Current.Knowledge ?? _knowledge;

    /// <summary>
    /// Whether a file of <paramref name="size"/> bytes sent to the conversation now would be taken: a channel fetches
    /// only such a file. The turn judges again, on the conversation as it is then.
    /// </summary>
    public FileVerdict JudgeFile(string conversationId, long size) =>
        FlowFiles.Judge(_store.Find(conversationId), _services.Flows.Catalog, _services.Applications.Attachments, size);

    public async Task<TurnOutcome> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        using var lane = await _lanes.EnterAsync(message.ConversationId, cancellationToken);
        if (message.PlatformMessageId is { } messageId && _store.HasProcessed(message.ConversationId, messageId))
        {
            return TurnOutcome.AlreadyProcessed;
        }

        var now = _time.GetUtcNow();
        var existing = _store.Find(message.ConversationId);
        var conversation = existing ?? Conversation.Start(message, message.LanguageHint ?? Language.Ru);
        var modeBefore = existing?.Mode ?? ConversationMode.Bot;
        // The knowledge and the model together, read once: a model swapped in during the turn is the next turn's.
        var live = _live?.Current;
        var turn = new TurnContext(message, conversation, live?.Knowledge ?? _knowledge, _services, now)
        {
            Classifier = live?.Classifier,
            EndedSession = SessionTracking.Begin(conversation, message, now, _services.UserKeys),
        };
        if (existing is null)
        {
            turn.Record(AnalyticsEventTypes.ConversationStarted);
        }

        ApplyDetectedLanguage(turn, isNew: existing is null);
        foreach (var step in _steps)
        {
            var result = step.TryHandle(turn);
            if (result == StepResult.HandledAside)
            {
                _dialogs.ResumeAfterAside(turn);
            }

            if (result != StepResult.NotHandled)
            {
                break;
            }
        }

        if (modeBefore == ConversationMode.WaitingForOperator && conversation.Mode == ConversationMode.WaitingForOperator)
        {
            _services.Desk.NoteWaiting(turn);
        }

        if (turn.Replies.Count == 0 && !turn.Silent)
        {
            Replies.Menu(turn);
        }

        SessionTracking.Note(conversation, turn.Events, now);
        var outcome = await CommitAsync(turn, now);
        if (modeBefore != ConversationMode.Bot || conversation.Mode != ConversationMode.Bot)
        {
            _services.Desk.Events.Publish(conversation.Id, ConversationChange.Handoff);
        }

        return outcome;
    }

    /// <summary>
    /// Runs a change made outside a turn (an operator's claim, reply or release) inside the conversation's lane,
    /// so that it never interleaves with a turn that loaded the conversation before it and saves after it.
    /// </summary>
    public async Task<T> InLaneAsync<T>(string conversationId, Func<T> work, CancellationToken cancellationToken = default)
    {
        using var lane = await _lanes.EnterAsync(conversationId, cancellationToken);
        return work();
    }

    /// <summary>
    /// Ends the conversation's session if it has been quiet for <see cref="SessionRules.IdleEnd"/>, inside its lane so
    /// that a turn never meets it half-ended; the outcome is committed with the conversation left without a session.
    /// </summary>
    /// <returns>The outcome written, or null when the session was still going or already ended.</returns>
    public async Task<SessionOutcome?> EndIdleSessionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        using var lane = await _lanes.EnterAsync(conversationId, cancellationToken);
        var conversation = _store.Find(conversationId);
        if (conversation?.Session is not { } session || !SessionRules.HasEnded(session.LastMessageAt, _time.GetUtcNow()))
        {
            return null;
        }

        var ended = SessionTracking.End(conversation, _services.UserKeys);

        // Nothing was said: the conversation's UpdatedAt stays, as retention reads it.
        await _store.CommitAsync(new TurnRecord(conversation, null, [], [], [], [], EndedSession: ended));
        return ended;
    }

    /// <summary>
    /// A confident detection switches the conversation; a first message's guess sets it. A language the user chose
    /// (/lang, a language button) is never switched: "ндс порог" typed after choosing Kazakh is answered in Kazakh.
    /// </summary>
    private void ApplyDetectedLanguage(TurnContext turn, bool isNew)
    {
        var text = turn.Message.Text;
        if (turn.Conversation.LanguageChosen)
        {
            return;
        }

        // Inside a flow, answers (numbers, e-mails, codes, option labels) say nothing about the
        // user's language: the flow goes on in the conversation's language until /lang changes it.
        // A typed score ("4 балла", "бес") or an application's number says as little.
        if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('/') || turn.Conversation.Flow is not null || TypedScore.TryRead(text, out _)
            || Core.Applications.ApplicationNumber.IsWhole(text))
        {
            return;
        }

        var detected = _languageDetector.Detect(text);
        if (!detected.Confident && !(isNew && turn.Message.LanguageHint is null))
        {
            return;
        }

        switch (detected.Guess)
        {
            case LanguageGuess.Ru:
                turn.Conversation.Language = turn.ReplyLanguage = Language.Ru;
                break;
            case LanguageGuess.Kk:
                turn.Conversation.Language = turn.ReplyLanguage = Language.Kk;
                break;
            case LanguageGuess.En:
                turn.ReplyLanguage = Language.Ru;
                turn.WroteInEnglish = true;
                break;
        }
    }

    private async Task<TurnOutcome> CommitAsync(TurnContext turn, DateTimeOffset now)
    {
        var conversation = turn.Conversation;
        conversation.UpdatedAt = now;
        var replies = turn.Replies.ToList();
        if (turn.WroteInEnglish && replies.Count > 0)
        {
            replies[0] = replies[0] with { Text = turn.Text(TextKeys.EnglishNote) + "\n\n" + replies[0].Text };
        }

        // The "yes" of /forget is not kept: it is the last message of what is erased.
        var transcript = new List<TranscriptEntry>();
        if (turn.Erasure is null)
        {
            transcript.Add(TranscriptEntry.Inbound(turn.Message));
        }

        transcript.AddRange(replies.Select(r => TranscriptEntry.Outbound(conversation.Id, r, now)));
        var outbox = replies.Select(r => OutboxItem.For(conversation, r, now)).ToList();
        if (turn.Message.AnsweredInResponse && turn.Message.PlatformMessageId is { } messageId)
        {
            conversation.LastAnswer = new LastAnswer { MessageId = messageId, Replies = replies, At = now };
        }

        // Not the request's token: a turn that started is committed even if its caller goes away.
        await _store.CommitAsync(new TurnRecord(
            conversation,
            turn.Message.PlatformMessageId,
            transcript,

            // A response that carries the replies leaves nothing waiting for delivery: the outbox is not written (a
            // reply the transcript and the last answer already keep would be a third copy, about a quarter of the
            // turn's writes).
            turn.Message.AnsweredInResponse ? [] : outbox,
            turn.Events,
            turn.Unanswered,
            Flows: turn.FlowWrites,
            Handoff: turn.Handoff,
            WithdrawInvitations: turn.WithdrawInvitations,
            Erasure: turn.Erasure,
            EndedSession: turn.EndedSession));
        return new TurnOutcome(outbox, Duplicate: false);
    }
}
