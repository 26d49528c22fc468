using ChatBot.Core.Announcements;
using ChatBot.Core.Conversations;
using ChatBot.Core.Flows;

namespace ChatBot.Host.Composition;

/// <summary>The announcements of the one <see cref="BotRuntime"/>: the admin's desk and its queue (the figures for the reports come with the reports' services).</summary>
public static class AnnouncementParts
{
    public static IServiceCollection AddAnnouncements(this IServiceCollection services) => services
        .AddSingleton(sp => Desk(sp.GetRequiredService<BotRuntime>(), sp.GetRequiredService<IAnnouncements>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IConversationNotifier>()));

    public static AnnouncementDesk Desk(BotRuntime runtime, IAnnouncements announcements, TimeProvider time, IConversationNotifier? notifier)
    {
        var texts = runtime.Knowledge.Texts;
        var queue = new AnnouncementQueue(texts, announcements, runtime.BlockedChats, time, notifier);

        // The surveys an announcement may invite to: the flows counted per period, as the campaigns' desk has them.
        var surveys = runtime.Flows.Catalog.All.Where(f => f.OncePer != FlowPeriod.Unlimited).Select(f => f.Id).ToHashSet();
        return new AnnouncementDesk(texts, announcements, queue, surveys, time, notifier);
    }
}
