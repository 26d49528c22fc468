using ChatBot.Core.Messages;
using ChatBot.Core.Privacy;

namespace ChatBot.Core.Conversations;

/// <summary>
/// The typed state of one conversation, loaded once at the start of a turn and saved once at its end.
/// </summary>
public sealed class Conversation
{
    /// <summary>channel:chatId.</summary>
    public string Id { get; set; } = "";

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public Language Language { get; set; } = Language.Ru;

    /// <summary>
    /// The user chose <see cref="Language"/> (/lang, a language button): it stays until they choose again, and the
    /// detection of the language of what they write no longer switches it.
    /// </summary>
    public bool LanguageChosen { get; set; }

    /// <summary>Who answers the user now. Handoff to operators (a later capability) moves it.</summary>
    public ConversationMode Mode { get; set; } = ConversationMode.Bot;

    /// <summary>The login of the operator who holds the conversation (mode Operator).</summary>
    public string? OperatorId { get; set; }

    /// <summary>The open handoff record while the conversation waits for or is held by an operator.</summary>
    public string? HandoffId { get; set; }

    /// <summary>The flow the user is inside, if any (flows are filled in by the flow engine).</summary>
    public FlowState? Flow { get; set; }

    /// <summary>A yes/no question the bot asked and waits for, such as confirming /forget.</summary>
    public PendingQuestion? Pending { get; set; }

    /// <summary>The question behind the clarification buttons on screen, recorded if none of them fits.</summary>
    [Personal]
    public string? ClarifiedQuestion { get; set; }

    /// <summary>The topic whose short answer was the bot's last reply: a typed "подробнее" asks for its full answer.</summary>
    public string? ShortAnswerOf { get; set; }

    /// <summary>How many messages in a row the bot did not understand.</summary>
    public int MisunderstoodInARow { get; set; }

    /// <summary>The FAQ topic the bot answered last, which a short follow-up ("а для ТОО?", "а сроки?") is about.</summary>
    public string? LastTopic { get; set; }

    /// <summary>The question <see cref="LastTopic"/> was the answer to, recorded with a 👎 on that answer.</summary>
    [Personal]
    public string? AnsweredQuestion { get; set; }

    /// <summary>When the user waiting for an operator was last told that the operator will answer, to repeat it only now and then.</summary>
    public DateTimeOffset? WaitingNoteAt { get; set; }

    /// <summary>
    /// The handoff whose rating the bot asked for last: a score typed as the next message rates it; any other message
    /// lets the question lapse (a pressed rating button still counts, once).
    /// </summary>
    public string? RatingAskedFor { get; set; }

    /// <summary>Set while the user agrees to receive news (survey invitations); null when not given or withdrawn.</summary>
    public Campaigns.NewsConsent? News { get; set; }

    /// <summary>The replies to the last message answered in its response, for a client that retries it after a lost response.</summary>
    [Personal]
    public LastAnswer? LastAnswer { get; set; }

    /// <summary>The session under way (docs/reports.md); null before the first message and after the sweeper ended it.</summary>
    public Sessions.SessionState? Session { get; set; }

    /// <summary>The last traffic source a message carried (a deep link, the widget's page); the next session starts with it.</summary>
    public string? Source { get; set; }

    /// <summary>
    /// <c>iin:HASH</c> once the person gave an ИИН/БИН (a keyed hash, never the number): the same person across channels.
    /// </summary>
    public string? UserKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static Conversation Start(IncomingMessage message, Language language) => new()
    {
        Id = message.ConversationId,
        Channel = message.Channel,
        ChatId = message.ChatId,
        Language = language,
        CreatedAt = message.ReceivedAt,
        UpdatedAt = message.ReceivedAt,
    };
}

public enum ConversationMode
{
    Bot,
    WaitingForOperator,
    Operator,
}

public enum PendingQuestion
{
    None,
    ConfirmForget,
}

/// <summary>Where the user is inside a flow; the version tells a flow file changed between turns.</summary>
public sealed class FlowState
{
    public string FlowId { get; set; } = "";

    public string Version { get; set; } = "";

    public string StepId { get; set; } = "";

    [Personal]
    public Dictionary<string, string> Answers { get; set; } = [];

    public int Attempts { get; set; }

    /// <summary>The stored response these answers go to (it carries no conversation id).</summary>
    public string ResponseId { get; set; } = "";

    /// <summary>The steps answered so far, in order: "back" pops the last.</summary>
    public List<string> History { get; set; } = [];

    /// <summary>The options ticked so far at a multi-choice step.</summary>
    public List<string> Selection { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The survey period this pass counts for (an open campaign's); null for passes begun before campaigns.</summary>
    public string? Period { get; set; }

    /// <summary>What the flow was started for, e.g. the training a person enrolls in; its on-complete action reads it.</summary>
    public string? Context { get; set; }

    /// <summary>Answers known before the flow asked (a returning user's stored details), by step id.</summary>
    public Dictionary<string, string> Known { get; set; } = [];

    /// <summary>The user is asked whether the known answers still hold, before the first question.</summary>
    public bool Reviewing { get; set; }

    /// <summary>Files sent at an attachment step, kept until the flow's action takes them (an application's attachments).</summary>
    [Personal]
    public List<FlowFile> Files { get; set; } = [];
}
