using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Handoff;
using ChatBot.Core.Flows;
using ChatBot.Core.Reports;
using ChatBot.Knowledge.Dialogs;
using ChatBot.Testing;
using ChatBot.Testing.Reports;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Reports;

/// <summary>The generated year, written once for the tests of a class, and a builder over it.</summary>
public sealed class GeneratedYearFixture
{
    public GeneratedYearFixture()
    {
        Survey = DialogLoader.Load(RepositoryPaths.Dialogs).Catalog!.Find("business_climate_survey")!;
        Year = GeneratedYear.Write(Survey);
    }

    public FlowDefinition Survey { get; }

    public GeneratedYear Year { get; }

    /// <summary>Business hours as shipped: Monday to Friday, 9 to 18, no holidays configured.</summary>
    public ApplicationClock Clock { get; } = new(new BusinessHours(new WorkingHours()), new ApplicationSettings());

    public ReportBuilder Builder(DateTimeOffset? now = null)
    {
        var stores = Year.Stores;
        var time = new FakeTimeProvider(now ?? GeneratedYear.ReportedAt);
        var sources = new ReportSources(
            stores.SessionOutcomes, stores.Events, stores.Unanswered, stores.Handoffs, stores.FlowResponses, Survey, stores.Trainings, stores.Trainees,
            new ApplicationFiguresCalculator(stores.Applications, Clock, time), stores.Applications, Clock, new AnnouncementReport(stores.Announcements),
            () => GeneratedReviews.History);
        return new ReportBuilder(sources, new ReportOptions(), time);
    }
}
