using ChatBot.Core.Applications;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Inbox;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;
using ChatBot.Core.Trainings;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Engine;

/// <summary>What one turn works on and what it produces, before it is committed.</summary>
public sealed class TurnContext(IncomingMessage message, Conversation conversation, KnowledgeBase knowledge, TurnServices services, DateTimeOffset now)
{
    private readonly List<OutgoingMessage> _replies = [];
    private readonly List<AnalyticsEvent> _events = [];
    private readonly List<UnansweredQuestion> _unanswered = [];

    public IncomingMessage Message { get; } = message;

    public Conversation Conversation { get; } = conversation;

    public KnowledgeBase Knowledge { get; } = knowledge;

    public DateTimeOffset Now { get; } = now;

    /// <summary>
    /// The model that came with <see cref="Knowledge"/> when the knowledge is live (editors change it while the service
    /// runs); null when the steps' own classifier is the only one.
    /// </summary>
    public IIntentClassifier? Classifier { get; init; }

    /// <summary>The language of this turn's replies: the conversation's, or Russian for a message in English.</summary>
    public Language ReplyLanguage { get; set; } = conversation.Language;

    /// <summary>Set when the user wrote in English: the first reply carries a note that the bot answers in ru/kk.</summary>
    public bool WroteInEnglish { get; set; }

    /// <summary>Set by a confirmed /forget (<see cref="Forget"/>): committed with the turn, which it erases first.</summary>
    public Erasure? Erasure { get; private set; }

    /// <summary>The user withdrew news consent: invitations still waiting in the outbox are dropped with the turn.</summary>
    public bool WithdrawInvitations { get; set; }

    /// <summary>The flows, their responses, the survey campaigns and the flows' actions.</summary>
    public FlowServices Flows { get; } = services.Flows;

    /// <summary>Flow responses, contacts and participations this turn writes with the rest.</summary>
    public FlowWrites FlowWrites { get; } = new();

    /// <summary>The training catalogue, seats and trainees.</summary>
    public TrainingServices Trainings { get; } = services.Trainings;

    /// <summary>The applications, their due dates and texts.</summary>
    public ApplicationServices Applications { get; } = services.Applications;

    /// <summary>The operators' queue.</summary>
    public HandoffDesk Desk { get; } = services.Desk;

    /// <summary>Set when the bot must say nothing this turn (an operator holds the conversation).</summary>
    public bool Silent { get; set; }

    /// <summary>A handoff record this turn opened or ended, written with the turn.</summary>
    public HandoffRecord? Handoff { get; set; }

    /// <summary>The session that went quiet before this message, ended by it and committed with the turn.</summary>
    public Sessions.SessionOutcome? EndedSession { get; set; }

    public IReadOnlyList<OutgoingMessage> Replies => _replies;

    public IReadOnlyList<AnalyticsEvent> Events => _events;

    public IReadOnlyList<UnansweredQuestion> Unanswered => _unanswered;

    public string Text(string key) => Knowledge.Texts.Get(key, ReplyLanguage);

    /// <summary>/forget confirmed: the conversation's state is cleared now, its stored records with the commit.</summary>
    public void Forget()
    {
        Erasure = Erasure.Everything;
        Erasure.ClearState(Conversation);
    }

    /// <summary>
    /// The person gave their ИИН/БИН: the conversation keeps only its keyed hash, so their sessions count as one
    /// entrepreneur in every channel they used.
    /// </summary>
    public void NoteIdNumber(string digits) => Conversation.UserKey = Sessions.UserKeys.OfIdNumber(services.UserKeys, digits);

    public void Reply(string text, IReadOnlyList<Button>? buttons = null, IReadOnlyList<Link>? links = null) =>
        Reply(new OutgoingMessage(text, buttons ?? [], links ?? []));

    /// <summary>Any reply ends "right after a short answer", so a later "ещё" is read as a question again.</summary>
    public void Reply(OutgoingMessage message)
    {
        Conversation.ShortAnswerOf = null;
        _replies.Add(message);
    }

    public void Record(string type, string? intent = null, double? confidence = null) => _events.Add(new AnalyticsEvent
    {
        Type = type,
        ConversationId = Conversation.Id,
        Channel = Conversation.Channel,
        Language = ReplyLanguage.Code(),
        Intent = intent,
        Confidence = confidence,
        At = Now,
    });

    public void RecordUnanswered(string question, IEnumerable<string> guesses) => RecordForEditors(InboxSignal.NotUnderstood, question, guesses);

    /// <summary>A signal for the editors' review inbox, written with the turn.</summary>
    public void RecordForEditors(InboxSignal signal, string question, IEnumerable<string> guesses, string? topic = null) => _unanswered.Add(new UnansweredQuestion
    {
        ConversationId = Conversation.Id,
        Text = question,
        Language = ReplyLanguage.Code(),
        Guesses = [.. guesses],
        At = Now,
        Signal = signal,
        Topic = topic,
    });
}
