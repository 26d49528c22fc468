using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Editing;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Reports.Rendering;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core.Reports;

/// <summary>
/// The report's builder over the stores, and its JSON and CSV renderers; other renderers (html, xlsx, pdf) register
/// themselves as further <see cref="IReportRenderer"/>s. The announcements' figures are registered here (when not
/// already) so that the command line's report has them as the service's does. Expects <see cref="ReportOptions"/> (defaults when not given).
/// </summary>
public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportOptions>();
        services.TryAddSingleton<IAnnouncementFigures>(sp => new AnnouncementReport(sp.GetRequiredService<IAnnouncements>()));
        services.TryAddSingleton(sp => new ReportSources(
            sp.GetRequiredService<ISessionOutcomes>(),
            sp.GetRequiredService<IAnalyticsEvents>(),
            sp.GetRequiredService<IUnansweredQuestions>(),
            sp.GetRequiredService<IHandoffLog>(),
            sp.GetRequiredService<IFlowResponses>(),
            sp.GetRequiredService<FlowCatalog>().Find(sp.GetRequiredService<ReportOptions>().Survey),
            sp.GetRequiredService<ITrainingStore>(),
            sp.GetRequiredService<ITrainees>(),
            sp.GetRequiredService<IApplicationFigures>(),
            sp.GetRequiredService<IApplications>(),
            sp.GetRequiredService<ApplicationClock>(),
            sp.GetRequiredService<IAnnouncementFigures>(),
            () => ReviewHistory.Read(
                sp.GetService<LiveModels>()?.Current.Knowledge ?? sp.GetRequiredService<KnowledgeBase>(),
                sp.GetService<ILiveKnowledgeStore>(),
                sp.GetService<IKnowledgeFormat>())));
        services.TryAddSingleton(sp => new ReportBuilder(
            sp.GetRequiredService<ReportSources>(), sp.GetRequiredService<ReportOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReportRenderer, JsonReportRenderer>();
        services.AddSingleton<IReportRenderer, CsvReportRenderer>();
        return services;
    }

    /// <summary>The renderer of a format, or null when none is registered for it.</summary>
    public static IReportRenderer? RendererFor(this IEnumerable<IReportRenderer> renderers, string format) =>
        renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
