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
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>AddLiteDbStorage</c>: every store interface of Core over one in-memory database.</summary>
public static class InMemoryStorage
{
    /// <param name="stores">Stores a test keeps to look into; new ones when not given.</param>
    public static IServiceCollection AddInMemoryStorage(this IServiceCollection services, InMemoryStores? stores = null)
    {
        stores ??= new InMemoryStores();
        return services
            .AddSingleton(stores)
            .AddSingleton<IStoreHealth>(new InMemoryStoreHealth())
            .AddSingleton<IConversationStore>(stores.Conversations)
            .AddSingleton<IOutbox>(stores.Outbox)
            .AddSingleton<IConversationOutbox>(stores.Outbox)
            .AddSingleton<IBlockedChats>(stores.BlockedChats)
            .AddSingleton<IUnansweredQuestions>(stores.Unanswered)
            .AddSingleton<IReviewInbox>(stores.Unanswered)
            .AddSingleton<IHandoffLog>(stores.Handoffs)
            .AddSingleton<IWebChats>(stores.WebChats)
            .AddSingleton<IOperatorAccountStore>(stores.OperatorAccounts)
            .AddSingleton<IAuditLog>(stores.AuditLog)
            .AddSingleton<ICannedAnswers>(stores.CannedAnswers)
            .AddSingleton<IOperatorNotes>(stores.OperatorNotes)
            .AddSingleton<IFlowResponses>(stores.FlowResponses)
            .AddSingleton<ICampaigns>(stores.Campaigns)
            .AddSingleton<IAnnouncements>(stores.Announcements)
            .AddSingleton<ITrainingStore>(stores.Trainings)
            .AddSingleton<ITrainees>(stores.Trainees)
            .AddSingleton<IApplications>(stores.Applications)
            .AddSingleton<IRetentionStore>(stores.Retention)
            .AddSingleton<ISessionOutcomes>(stores.SessionOutcomes)
            .AddSingleton<IIdleSessions>(stores.SessionOutcomes)
            .AddSingleton<IUserKeyHasher>(stores.UserKeyHasher)
            .AddSingleton<ILiveKnowledgeStore>(stores.LiveKnowledge)
            .AddSingleton<IAnalyticsEvents>(stores.Events);
    }
}
