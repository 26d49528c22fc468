using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Host.Trainings;
using ChatBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Trainings;

/// <summary>The sample catalogue of knowledge/trainings.yaml seeds a new installation once, dated from that day.</summary>
public sealed class SeedCatalogueTests : IDisposable
{
    private readonly TrainingStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void ANewInstallationHasUpcomingTrainingsOfEveryFormatWithFreeSeats()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 8, 14, 12, 0, 0, TimeSpan.Zero));

        var runtime = TrainingRuntime.Open(_store.Database, TrainingStore.Knowledge, RepositoryPaths.Knowledge, time);

        var upcoming = runtime.Catalog.Upcoming(time.GetUtcNow());
        Assert.True(upcoming.Count >= 4);
        Assert.Equal(TrainingFormats.All.Order(), upcoming.Select(t => t.Format).Distinct().Order());
        Assert.All(upcoming, t => Assert.True(runtime.Catalog.SeatsLeft(t.Id) > 0));
        Assert.All(upcoming, t => Assert.True(t.StartsAt > time.GetUtcNow().AddDays(1)));
        Assert.NotEmpty(runtime.Catalog.Topics(time.GetUtcNow()));
    }

    [Fact]
    public void TheSampleIsSeededOnlyOnceSoAnAdminsChangesStay()
    {
        var time = new FakeTimeProvider(TrainingStore.Now);
        var first = TrainingRuntime.Open(_store.Database, TrainingStore.Knowledge, RepositoryPaths.Knowledge, time);
        var training = first.Catalog.All()[0];
        training.Capacity = 3;
        first.Catalog.Save([training]);
        time.Advance(TimeSpan.FromDays(30));

        var second = TrainingRuntime.Open(_store.Database, TrainingStore.Knowledge, RepositoryPaths.Knowledge, time);

        Assert.Equal(3, second.Catalog.Find(training.Id)!.Capacity);
        Assert.Equal(first.Catalog.All().Select(t => t.StartsAt), second.Catalog.All().Select(t => t.StartsAt));
    }

    [Fact]
    public void TimesOfTheSampleAreAlmatyWallClockTimesStoredInUtc()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero));

        var runtime = TrainingRuntime.Open(_store.Database, TrainingStore.Knowledge, RepositoryPaths.Knowledge, time);

        // 30 Nov 20:00 UTC is already 1 Dec in Almaty: "starts_in_days: 3" at "11:00" is 4 Dec 11:00 Almaty, 06:00 UTC.
        var webinar = runtime.Catalog.Find("simplified-tax-webinar")!;
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 6, 0, 0, TimeSpan.Zero), webinar.StartsAt);
        Assert.Equal("04.12.2026 11:00–12:30", AlmatyTime.Span(webinar));
    }
}

/// <summary>A broken sample catalogue stops a new installation's start-up and fails <c>chatbot check</c>, naming file and line.</summary>
public sealed class BrokenSeedCatalogueTests : IDisposable
{
    private readonly ChatBot.Tests.Knowledge.KnowledgeFixture _knowledge = new();
    private readonly TrainingStore _store = new();

    public BrokenSeedCatalogueTests() =>
        File.WriteAllText(Path.Combine(_knowledge.Root, "trainings.yaml"), "topics: []\ntrainings:\n  - id: x\n    format: lecture\n");

    public void Dispose()
    {
        _knowledge.Dispose();
        _store.Dispose();
    }

    [Fact]
    public void FirstStartRefusesABrokenSampleWithFileAndLine()
    {
        var error = Assert.Throws<ChatBot.Host.Composition.KnowledgeInvalidException>(() =>
            TrainingRuntime.Open(_store.Database, TrainingStore.Knowledge, _knowledge.Root, new FakeTimeProvider(TrainingStore.Now)));

        Assert.Contains("knowledge/trainings.yaml:4: format 'lecture' is not one of", error.Message);
        Assert.Empty(TrainingRuntime.Over(_store.Database, TrainingStore.Knowledge.Texts).Catalog.All());
    }

    [Fact]
    public void CheckFailsOnABrokenSampleAndPassesOnTheRepositorysOwn()
    {
        Assert.Equal(1, ChatBot.Host.Cli.CheckCommand.Run(["--knowledge", _knowledge.Root]));
        Assert.Equal(0, ChatBot.Host.Cli.CheckCommand.Run(["--knowledge", RepositoryPaths.Knowledge]));
    }
}
