using ChatBot.Core.Applications;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Conversations;
using ChatBot.Core.Editing;
using ChatBot.Core.Engine;
using ChatBot.Core.Engine.Applications;
using ChatBot.Core.Engine.Dialogs;
using ChatBot.Core.Engine.Steps;
using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Operators;
using ChatBot.Core.Privacy;
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
        services.TryAddSingleton<RetentionPeriods>();
        services.TryAddSingleton(sp => new RetentionPolicy(sp.GetRequiredService<RetentionPeriods>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ConversationEvents>();
        services.TryAddSingleton<IConversationNotifier>(sp => sp.GetRequiredService<ConversationEvents>());
        services.TryAddSingleton<OperatorPresence>();
        services.TryAddSingleton(sp => new LoginGuard(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<HandoffDesk>(sp => new HandoffDesk(
            sp.GetRequiredService<WorkingHours>(), sp.GetRequiredService<IHandoffLog>(), sp.GetRequiredService<ConversationEvents>(), sp.GetRequiredService<OperatorPresence>()));

        // Enrollment is a flow whose end asks for a seat, an application one whose end numbers it: their actions are flows' actions.
        services.TryAddSingleton<FlowServices>(sp => new FlowServices(
            sp.GetRequiredService<FlowCatalog>(), sp.GetRequiredService<IFlowResponses>(), sp.GetRequiredService<ICampaigns>(), [new EnrollmentFlowAction(), new ApplicationFlowAction()]));
        services.AddTrainingRules().AddApplicationRules().TryAddSingleton(sp => new TurnServices(
            sp.GetRequiredService<FlowServices>(), sp.GetRequiredService<HandoffDesk>(), sp.GetRequiredService<TrainingServices>(),
            sp.GetRequiredService<Sessions.IUserKeyHasher>(), sp.GetRequiredService<ApplicationServices>()));
        services.AddTurnSteps();
        services.TryAddSingleton(sp => new ConversationEngine(
            sp.GetRequiredService<KnowledgeBase>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<ILanguageDetector>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TurnServices>(),
            sp.GetServices<ITurnStep>(),
            sp.GetService<LiveModels>(),
            sp.GetService<Concurrency.IConversationLocks>()));
        services.TryAddSingleton(sp => new Sessions.SessionSweeper(
            sp.GetRequiredService<ConversationEngine>(), sp.GetRequiredService<Sessions.IIdleSessions>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// The turn's steps, in the order they look at a message: the operator's hold, the rating of an operator's help, commands, news consent, the open
    /// dialogs (top first), a file outside a form, starting a flow, trainings, applications (their buttons, a typed number, an awaited answer), "Подробнее" (pressed or typed), 👍/👎, buttons, and last the classifier.
    /// </summary>
    private static void AddTurnSteps(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new DialogStack([new ConfirmForgetDialog(), new FeedbackQuestionDialog(), new FormDialog(sp.GetRequiredService<IIntentClassifier>())]));
        services.AddSingleton<ITurnStep, OperatorGateStep>();
        services.AddSingleton<ITurnStep, OperatorRatingStep>();
        services.AddSingleton<ITurnStep, CommandStep>();
        services.AddSingleton<ITurnStep, NewsStep>();
        services.AddSingleton<ITurnStep>(sp => sp.GetRequiredService<DialogStack>());
        services.AddSingleton<ITurnStep, FileStep>();
        services.AddSingleton<ITurnStep, FlowStartStep>();
        services.AddSingleton<ITurnStep, TrainingStep>();
        services.AddSingleton<ITurnStep, ApplicationStep>();
        services.AddSingleton<ITurnStep, MoreStep>();
        services.AddSingleton<ITurnStep, RatingStep>();
        services.AddSingleton<ITurnStep, ButtonStep>();
        services.AddSingleton<ITurnStep, UnderstandingStep>();
    }

    /// <summary>
    /// Applications: service levels (bound by the host from <c>ChatBot:Applications</c>), business hours over the
    /// working hours and their holidays, the texts, the consultants' desk and the reports' figures.
    /// </summary>
    private static IServiceCollection AddApplicationRules(this IServiceCollection services)
    {
        services.TryAddSingleton<ApplicationSettings>();
        services.TryAddSingleton(sp => new BusinessHours(sp.GetRequiredService<WorkingHours>()));
        services.TryAddSingleton(sp => new ApplicationClock(sp.GetRequiredService<BusinessHours>(), sp.GetRequiredService<ApplicationSettings>()));
        services.TryAddSingleton(sp => new ApplicationNotices(sp.GetRequiredService<KnowledgeBase>().Texts));
        services.TryAddSingleton(sp => new ApplicationServices(
            sp.GetRequiredService<IApplications>(), sp.GetRequiredService<ApplicationClock>(), sp.GetRequiredService<ApplicationNotices>(),
            sp.GetRequiredService<ApplicationSettings>().Attachments));
        services.TryAddSingleton(sp => new ApplicationDesk(
            sp.GetRequiredService<IApplications>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<ConversationEngine>(),
            sp.GetRequiredService<ApplicationNotices>(),
            sp.GetRequiredService<ConversationEvents>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IApplicationFigures>(sp => new ApplicationFiguresCalculator(
            sp.GetRequiredService<IApplications>(), sp.GetRequiredService<ApplicationClock>(), sp.GetRequiredService<TimeProvider>()));
        return services;
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

