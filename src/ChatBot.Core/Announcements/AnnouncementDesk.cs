using System.Globalization;
using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;

namespace ChatBot.Core.Announcements;

/// <summary>
/// An admin writes an announcement, previews it, sends it, stops and resumes it. Changes of state are serialised;
/// queueing runs outside the lock, so a stop is taken while a long round is still queueing (the round notices it).
/// </summary>
public sealed class AnnouncementDesk(TextCatalog texts, IAnnouncements announcements, AnnouncementQueue queue, IReadOnlySet<string> surveys, TimeProvider time, IConversationNotifier? notifier = null)
{
    private readonly Lock _gate = new();

    public IReadOnlySet<string> Surveys => surveys;

    public AnnouncementResult Create(AnnouncementDraft draft, string who)
    {
        if (draft.Problem(surveys) is { } problem)
        {
            return AnnouncementResult.Refused(AnnouncementOutcome.Invalid, problem);
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            var year = AlmatyTime.Day(now).Year.ToString(CultureInfo.InvariantCulture);
            var number = announcements.All().Count(a => a.Id.StartsWith($"N-{year}-", StringComparison.Ordinal)) + 1;
            var announcement = draft.ToAnnouncement($"N-{year}-{number:0000}", who, now);
            announcements.Save(announcement);
            return Done(announcement);
        }
    }

    /// <summary>The announcement in both languages as the channels will show it (to a subscriber of its first topic).</summary>
    public static IReadOnlyDictionary<string, OutgoingMessage> Preview(TextCatalog texts, Announcement announcement) =>
        new Dictionary<string, OutgoingMessage>
        {
            ["ru"] = AnnouncementMessage.For(texts, announcement, Language.Ru, null),
            ["kk"] = AnnouncementMessage.For(texts, announcement, Language.Kk, null),
        };

    public IReadOnlyDictionary<string, OutgoingMessage>? Preview(string id) => announcements.Find(id) is { } a ? Preview(texts, a) : null;

    /// <summary>A draft's preview before it is saved; null with the problem when it could not be sent.</summary>
    public (IReadOnlyDictionary<string, OutgoingMessage>? Preview, string? Problem) Preview(AnnouncementDraft draft) =>
        draft.Problem(surveys) is { } problem ? (null, problem) : (Preview(texts, draft.ToAnnouncement("preview", "", time.GetUtcNow())), null);

    public AnnouncementResult Send(string id, string who) => Start(id, who, AnnouncementState.Draft, "it was sent already: stop or resume it", a =>
    {
        a.SentAt = time.GetUtcNow();
        a.SentBy = who;
    });

    /// <summary>Lets the held messages go and queues anybody a stopped round did not reach yet.</summary>
    public AnnouncementResult Resume(string id, string who) => Start(id, who, AnnouncementState.Stopped, "only a stopped announcement is resumed", a =>
    {
        a.StoppedAt = null;
        a.StoppedBy = null;
    });

    public AnnouncementResult Stop(string id, string who)
    {
        lock (_gate)
        {
            if (announcements.Find(id) is not { } announcement)
            {
                return Unknown(id);
            }

            if (announcement.State != AnnouncementState.Sending)
            {
                return AnnouncementResult.Refused(AnnouncementOutcome.Conflict, $"the announcement {id} is {announcement.State}: only one being sent is stopped");
            }

            announcement.State = AnnouncementState.Stopped;
            announcement.StoppedAt = time.GetUtcNow();
            announcement.StoppedBy = who;
            announcements.Save(announcement);
            announcements.Hold(id, time.GetUtcNow());
            return Done(announcement);
        }
    }

    public AnnouncementView? View(string id) => announcements.Find(id) is { } a ? ViewOf(a) : null;

    public IReadOnlyList<AnnouncementView> All() => announcements.All().Select(ViewOf).ToList();

    private AnnouncementResult Start(string id, string who, string from, string refusal, Action<Announcement> change)
    {
        Announcement announcement;
        lock (_gate)
        {
            if (announcements.Find(id) is not { } found)
            {
                return Unknown(id);
            }

            if (found.State != from)
            {
                return AnnouncementResult.Refused(AnnouncementOutcome.Conflict, $"the announcement {id} is {found.State}: {refusal}");
            }

            announcement = found;
            announcement.State = AnnouncementState.Sending;
            change(announcement);
            announcements.Save(announcement);
            foreach (var conversationId in announcements.Release(id))
            {
                notifier?.Notify(conversationId);
            }
        }

        var report = queue.Run(announcement);
        return Done(announcements.Find(id)!, report);
    }

    private AnnouncementView ViewOf(Announcement announcement)
    {
        var recipients = RecipientCounts.Of(announcements.Recipients(announcement.Id).Select(r => r.Status));
        return new AnnouncementView(announcement, recipients, announcement.State == AnnouncementState.Sending && recipients.Queued == 0);
    }

    private AnnouncementResult Done(Announcement announcement, QueueReport? report = null) =>
        new(AnnouncementOutcome.Done, View: ViewOf(announcement), Queueing: report);

    private static AnnouncementResult Unknown(string id) => AnnouncementResult.Refused(AnnouncementOutcome.Unknown, $"no announcement '{id}'");
}

/// <summary>An announcement with how many of its recipients are in each status; complete once none is left queued.</summary>
public sealed record AnnouncementView(Announcement Announcement, RecipientCounts Recipients, bool Complete);

/// <summary>The answer to an admin's change: done (with the announcement and, for a send or resume, the round's report) or why not.</summary>
public sealed record AnnouncementResult(AnnouncementOutcome Outcome, string? Reason = null, AnnouncementView? View = null, QueueReport? Queueing = null)
{
    public static AnnouncementResult Refused(AnnouncementOutcome outcome, string reason) => new(outcome, reason);
}

public enum AnnouncementOutcome
{
    Done,
    Unknown,
    Invalid,
    Conflict,
}
