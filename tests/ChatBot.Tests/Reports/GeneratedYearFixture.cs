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

    public ReportBuilder Builder(DateTimeOffset? now = null)
    {
        var stores = Year.Stores;
        var sources = new ReportSources(
            stores.SessionOutcomes, stores.Events, stores.Unanswered, stores.Handoffs, stores.FlowResponses, Survey, stores.Trainings, stores.Trainees);
        return new ReportBuilder(sources, new ReportOptions(), new FakeTimeProvider(now ?? GeneratedYear.ReportedAt));
    }
}
