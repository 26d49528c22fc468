using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Engine;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core.Composition;

/// <summary>
/// The engine and every feature's rules as services: the one wiring the service, the command line and the tests share.
/// Expects the knowledge (<see cref="KnowledgeBase"/>, <see cref="FlowCatalog"/>), the understanding
/// (<see cref="IIntentClassifier"/>, <see cref="ILanguageDetector"/>) and a store for every Core interface
/// (for example from <c>AddLiteDbStorage</c>).
/// </summary>
public static class CoreServices
{
    public static IServiceCollection AddChatBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkingHours>();
        services.TryAddSingleton<ConversationEvents>();
        services.TryAddSingleton<IConversationNotifier>(sp => sp.GetRequiredService<ConversationEvents>());
        services.TryAddSingleton<OperatorPresence>();
        services.TryAddSingleton<HandoffDesk>(sp => new HandoffDesk(
            sp.GetRequiredService<WorkingHours>(), sp.GetRequiredService<IHandoffLog>(), sp.GetRequiredService<ConversationEvents>(), sp.GetRequiredService<OperatorPresence>()));
        services.TryAddSingleton<FlowServices>(sp => new FlowServices(
            sp.GetRequiredService<FlowCatalog>(), sp.GetRequiredService<IFlowResponses>(), sp.GetRequiredService<ICampaigns>()));
        return services.AddTrainingRules().AddSingleton<ConversationEngine>(sp => new ConversationEngine(
            sp.GetRequiredService<KnowledgeBase>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IIntentClassifier>(),
            sp.GetRequiredService<ILanguageDetector>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<FlowServices>(),
            sp.GetRequiredService<HandoffDesk>(),
            sp.GetRequiredService<TrainingServices>()));
    }

    /// <summary>
    /// Enrolment, the catalogue and the schedule. People told outside their own turn are woken through the one
    /// <see cref="ConversationEvents"/> bus.
    /// </summary>
    private static IServiceCollection AddTrainingRules(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new TrainingNotices(sp.GetRequiredService<KnowledgeBase>().Texts));
        services.TryAddSingleton(sp => new TrainingCatalog(
            sp.GetRequiredService<ITrainingStore>(), sp.GetRequiredService<TrainingNotices>(), sp.GetRequiredService<IConversationNotifier>()));
        services.TryAddSingleton(sp => new Enrollments(
            sp.GetRequiredService<ITrainingStore>(), sp.GetRequiredService<TrainingNotices>(), sp.GetRequiredService<IConversationNotifier>()));
        services.TryAddSingleton(sp => new TrainingSchedule(sp.GetRequiredService<ITrainingStore>(), sp.GetRequiredService<TrainingNotices>()));
        services.TryAddSingleton(sp => new TrainingServices(
            sp.GetRequiredService<TrainingCatalog>(), sp.GetRequiredService<Enrollments>(), sp.GetRequiredService<ITrainees>()));
        return services;
    }
}

