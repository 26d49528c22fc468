using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Campaigns;
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
using ChatBot.Storage.LiteDb.Trainings;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Storage.LiteDb;

/// <summary>Every store interface of Core over the one LiteDB file: the only place the rest of the service meets LiteDB.</summary>
public static class LiteDbStorage
{
    /// <param name="database">The file. It comes from a factory, so disposing the container closes it.</param>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, Func<IServiceProvider, ChatBotDatabase> database) => services
        .AddSingleton(database)
        .AddSingleton<IStoreHealth>(sp => sp.GetRequiredService<ChatBotDatabase>())
        .AddSingleton<IConversationStore>(sp => new LiteConversationStore(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<LiteOutbox>(sp => new LiteOutbox(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IOutbox>(sp => sp.GetRequiredService<LiteOutbox>())
        .AddSingleton<IConversationOutbox>(sp => sp.GetRequiredService<LiteOutbox>())
        .AddSingleton<IBlockedChats>(sp => new LiteBlockedChats(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<LiteUnansweredQuestions>(sp => new LiteUnansweredQuestions(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IUnansweredQuestions>(sp => sp.GetRequiredService<LiteUnansweredQuestions>())
        .AddSingleton<IReviewInbox>(sp => sp.GetRequiredService<LiteUnansweredQuestions>())
        .AddSingleton<IHandoffLog>(sp => new LiteHandoffLog(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IWebChats>(sp => new LiteWebChats(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IOperatorAccountStore>(sp => new LiteOperatorAccounts(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IAuditLog>(sp => new LiteAuditLog(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<ICannedAnswers>(sp => new LiteCannedAnswers(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IOperatorNotes>(sp => new LiteOperatorNotes(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IFlowResponses>(sp => new LiteFlowResponses(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<ICampaigns>(sp => new LiteCampaigns(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IAnnouncements>(sp => new LiteAnnouncements(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<ITrainingStore>(sp => new LiteTrainingStore(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<ITrainees>(sp => new LiteTrainees(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IApplications>(sp => new LiteApplications(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IRetentionStore>(sp => new LiteRetentionStore(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<LiteSessionOutcomes>(sp => new LiteSessionOutcomes(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<ISessionOutcomes>(sp => sp.GetRequiredService<LiteSessionOutcomes>())
        .AddSingleton<IIdleSessions>(sp => sp.GetRequiredService<LiteSessionOutcomes>())
        .AddSingleton<IUserKeyHasher>(sp => new LiteUserKeyHasher(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<ILiveKnowledgeStore>(sp => new LiteLiveKnowledge(sp.GetRequiredService<ChatBotDatabase>()))
        .AddSingleton<IAnalyticsEvents>(sp => new LiteAnalyticsEvents(sp.GetRequiredService<ChatBotDatabase>()));
}
