using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;

namespace ChatBot.Core.Sessions;

/// <summary>
/// Keeps the conversation's current session (docs/reports.md): a message after <see cref="SessionRules.IdleEnd"/> of
/// quiet ends the open session and starts another; each turn's analytics events say what the session saw.
/// </summary>
public static class SessionTracking
{
    private const string FlowCompleted = "flow.completed:";

    /// <summary>
    /// Before the turn's steps: takes the message's traffic source, ends the session that went quiet (its outcome is
    /// returned, to be committed with the turn) and opens a session if none is open.
    /// </summary>
    public static SessionOutcome? Begin(Conversation conversation, IncomingMessage message, DateTimeOffset now, IUserKeyHasher keys)
    {
        if (TrafficSource.Of(message) is { } source)
        {
            conversation.Source = source;
        }

        var ended = conversation.Session is { } open && SessionRules.HasEnded(open.LastMessageAt, now) ? End(conversation, keys) : null;
        conversation.Session ??= new SessionState { StartedAt = now, LastMessageAt = now, Source = conversation.Source };
        return ended;
    }

    /// <summary>After the turn's steps: counts the message and notes what the turn did.</summary>
    public static void Note(Conversation conversation, IReadOnlyList<AnalyticsEvent> events, DateTimeOffset now)
    {
        var session = conversation.Session ??= new SessionState { StartedAt = now, Source = conversation.Source };
        session.Messages++;
        session.LastMessageAt = now;
        foreach (var e in events)
        {
            Apply(session, e);
        }

        // Held by an operator, or waiting for one: every session it spans counts as handed off.
        if (conversation.Mode != ConversationMode.Bot)
        {
            session.HandedOff = true;
            session.HandoffId = conversation.HandoffId ?? session.HandoffId;
        }
    }

    /// <summary>Ends the open session: its outcome, and the conversation left with none open.</summary>
    public static SessionOutcome End(Conversation conversation, IUserKeyHasher keys)
    {
        var session = conversation.Session ?? throw new InvalidOperationException("the conversation has no open session");
        conversation.Session = null;
        return new SessionOutcome
        {
            Id = SessionOutcome.IdOf(conversation.Id, session.StartedAt),
            ConversationId = conversation.Id,
            Channel = conversation.Channel,
            Language = conversation.Language.Code(),
            Source = session.Source,
            UserKey = conversation.UserKey ?? UserKeys.OfConversation(keys, conversation.Id),
            StartedAt = session.StartedAt,
            EndedAt = session.LastMessageAt,
            Result = ResultOf(session),
            Topics = [.. session.Topics],
            CompletedFlows = [.. session.CompletedFlows],
            Messages = session.Messages,
            HandoffId = session.HandedOff ? session.HandoffId : null,
        };
    }

    /// <summary>The first that applies, in the order <see cref="SessionResult"/> documents.</summary>
    public static SessionResult ResultOf(SessionState session) => session switch
    {
        { HandedOff: true } => SessionResult.HandedToOperator,
        { Clarified: true, Answered: true } => SessionResult.ClarifiedAndAnswered,
        { Answered: true } => SessionResult.AnsweredByBot,
        { FellBack: true } or { Clarified: true } => SessionResult.NotUnderstood,
        _ => SessionResult.Abandoned,
    };

    private static void Apply(SessionState session, AnalyticsEvent e)
    {
        switch (e.Type)
        {
            case AnalyticsEventTypes.Answered when e.Intent is { } topic && !SystemIntents.All.Contains(topic):
                session.Answered = true;
                if (!session.Topics.Contains(topic))
                {
                    session.Topics.Add(topic);
                }

                break;
            case AnalyticsEventTypes.Command when e.Intent is { } command && command.StartsWith(FlowCompleted, StringComparison.Ordinal):
                session.Answered = true;
                session.CompletedFlows.Add(command[FlowCompleted.Length..]);
                break;
            case AnalyticsEventTypes.Clarified:
                session.Clarified = true;
                break;
            case AnalyticsEventTypes.Fallback:
                session.FellBack = true;
                break;
            case AnalyticsEventTypes.HandoffRequested:
                session.HandedOff = true;
                break;
            case AnalyticsEventTypes.HandoffCancelled:
                // Left the queue before anyone took it: no person helped, so the session is judged on the rest.
                session.HandedOff = false;
                session.HandoffId = null;
                break;
        }
    }
}
