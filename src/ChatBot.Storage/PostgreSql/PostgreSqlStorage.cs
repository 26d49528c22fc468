using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Concurrency;
using ChatBot.Core.Editing;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Inbox;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Core.WebChats;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// The store interfaces of Core that exist on PostgreSQL, over one database shared by every host: the counterpart of
/// <see cref="LiteDbStorage"/>. <see cref="NotYetThere"/> names those that do not exist there yet; the service refuses
/// to start on PostgreSQL while any does, rather than keep them anywhere else.
/// </summary>
public static class PostgreSqlStorage
{
    /// <param name="database">The database. It comes from a factory, so disposing the container closes its pool.</param>
    public static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services, Func<IServiceProvider, PgDatabase> database) => services
        .AddSingleton(database)
        .AddSingleton<IStoreHealth>(sp => sp.GetRequiredService<PgDatabase>())
        .AddSingleton<IConversationStore>(sp => new PgConversationStore(sp.GetRequiredService<PgDatabase>()))

        // Several hosts share the store: a turn holds its conversation across them too.
        .AddSingleton<IConversationLocks>(sp => new PgConversationLocks(sp.GetRequiredService<PgDatabase>()))

        // And the background work that one host does at a time (the poller, the sender, the schedules) takes its role.
        .AddSingleton<IHostRoles>(sp => new PgHostRoles(
            sp.GetRequiredService<PgDatabase>(), logger: sp.GetService<ILoggerFactory>()?.CreateLogger("ChatBot.HostRoles")))
        .AddSingleton<PgOutbox>(sp => new PgOutbox(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IOutbox>(sp => sp.GetRequiredService<PgOutbox>())
        .AddSingleton<IConversationOutbox>(sp => sp.GetRequiredService<PgOutbox>())
        .AddSingleton<IBlockedChats>(sp => new PgBlockedChats(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<PgUnansweredQuestions>(sp => new PgUnansweredQuestions(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IUnansweredQuestions>(sp => sp.GetRequiredService<PgUnansweredQuestions>())
        .AddSingleton<IReviewInbox>(sp => sp.GetRequiredService<PgUnansweredQuestions>())
        .AddSingleton<IHandoffLog>(sp => new PgHandoffLog(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IWebChats>(sp => new PgWebChats(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IOperatorAccountStore>(sp => new PgOperatorAccounts(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IAuditLog>(sp => new PgAuditLog(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<ICannedAnswers>(sp => new PgCannedAnswers(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IOperatorNotes>(sp => new PgOperatorNotes(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IFlowResponses>(sp => new PgFlowResponses(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<ICampaigns>(sp => new PgCampaigns(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IAnnouncements>(sp => new PgAnnouncements(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<ITrainingStore>(sp => new PgTrainingStore(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<ITrainees>(sp => new PgTrainees(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IApplications>(sp => new PgApplications(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IRetentionStore>(sp => new PgRetentionStore(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<PgSessionOutcomes>(sp => new PgSessionOutcomes(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<ISessionOutcomes>(sp => sp.GetRequiredService<PgSessionOutcomes>())
        .AddSingleton<IIdleSessions>(sp => sp.GetRequiredService<PgSessionOutcomes>())
        .AddSingleton<IUserKeyHasher>(sp => new PgUserKeyHasher(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<ILiveKnowledgeStore>(sp => new PgLiveKnowledge(sp.GetRequiredService<PgDatabase>()))
        .AddSingleton<IAnalyticsEvents>(sp => new PgAnalyticsEvents(sp.GetRequiredService<PgDatabase>()));

    /// <summary>
    /// The store interfaces the LiteDB store offers and this one does not yet, by name (<c>ITrainingStore</c>, …):
    /// empty once every store exists on PostgreSQL. Found by comparing the two registrations, so it cannot fall behind.
    /// </summary>
    public static IReadOnlyList<string> NotYetThere { get; } = Missing();

    private static List<string> Missing()
    {
        var here = new ServiceCollection().AddPostgreSqlStorage(_ => null!).Select(d => d.ServiceType).ToHashSet();
        return new ServiceCollection().AddLiteDbStorage(_ => null!)
            .Select(d => d.ServiceType)
            .Where(type => type.IsInterface && !here.Contains(type))
            .Select(type => type.Name)
            .ToList();
    }
}
