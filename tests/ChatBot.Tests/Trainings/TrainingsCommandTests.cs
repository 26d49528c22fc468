using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Host.Cli;
using ChatBot.Host.Trainings;
using ChatBot.Knowledge.Trainings;
using ChatBot.Storage.LiteDb;
using ChatBot.Testing;

namespace ChatBot.Tests.Trainings;

/// <summary><c>chatbot trainings</c> on a real database file: import, export, attendance and stats.</summary>
public sealed class TrainingsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string[] Settings =>
    [
        "--ChatBot:DataDir=" + _folder.Path, "--ChatBot:DatabasePassword=cli-password", "--ChatBot:KnowledgeDir=" + RepositoryPaths.Knowledge,
    ];

    private Task<int> Run(params string[] args) => Verbs.RunAsync(["trainings", .. args, .. Settings]);

    [Fact]
    public async Task AnImportedCatalogueIsExportedAgainWithTheSameTrainings()
    {
        var source = Path.Combine(RepositoryPaths.Knowledge, TrainingFileLoader.SeedFile);
        var export = _folder.File("export.yaml");

        Assert.Equal(0, await Run("import", source));
        Assert.Equal(0, await Run("export", "--out", export));

        var exported = TrainingFileLoader.Load(export, DateTimeOffset.UtcNow).Trainings!;
        var original = TrainingFileLoader.Load(source, DateTimeOffset.UtcNow).Trainings!;
        Assert.Equal(original.Select(t => (t.Id, t.StartsAt, t.Capacity)).Order(), exported.Select(t => (t.Id, t.StartsAt, t.Capacity)).Order());
    }

    [Fact]
    public async Task ABrokenCatalogueIsRefusedAndChangesNothing()
    {
        var broken = _folder.File("broken.yaml");
        File.WriteAllText(broken, "topics: []\ntrainings:\n  - id: Bad Id\n");

        Assert.Equal(1, await Run("import", broken));

        using var database = Database();
        Assert.Empty(TrainingRuntime.Over(database, TrainingStore.Knowledge.Texts).Catalog.All());
    }

    [Fact]
    public async Task ATrainingWithBothAPlaceAndAnOnlineLinkIsRefusedInOneLineThatNamesIt()
    {
        var both = _folder.File("both.yaml");
        var catalogue = Catalogue(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)));
        File.WriteAllText(both, catalogue.Replace("    capacity: 10", "    place: { ru: Алматы, kk: Алматы }\n    capacity: 10", StringComparison.Ordinal));

        var (exitCode, output) = await ServiceProcess.RunToEndAsync(["trainings", "import", both, .. Settings]);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"{both}:5: training 'cli-move' has both a 'place' and an 'online_link': give the place of an offline training or the link of an online one",
            output.Trim());
    }

    [Fact]
    public async Task AttendanceIsMarkedByTheNumbersOfTheListAndCountsInTheStats()
    {
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        long came, missed;
        using (var database = Database())
        {
            var trainings = TrainingRuntime.Over(database, TrainingStore.Knowledge.Texts);
            var training = Trainings.Sample("cli-door", 10, start.AddDays(1));
            trainings.Catalog.Import([training], start);
            came = Enroll(trainings, "a", start).Number;
            missed = Enroll(trainings, "b", start).Number;
            Enroll(trainings, "c", start);
            training.StartsAt = start;
            trainings.Catalog.Save([training]);
        }

        Assert.Equal(0, await Run("attendance", "--training", "cli-door", "--attended", came.ToString(), "--absent", missed.ToString()));
        Assert.Equal(1, await Run("attendance", "--training", "cli-door", "--attended", "999"));
        var output = _folder.File("stats.json");
        Assert.Equal(0, await Run("stats", "--period", start.Year.ToString(), "--format", "json", "--target", "10", "--out", output));

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(1, json.RootElement.GetProperty("attended").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("noShows").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("notMarked").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("uniqueTrainees").GetInt32());
        Assert.Equal(10.0, json.RootElement.GetProperty("targetPercent").GetDouble());
    }

    [Fact]
    public async Task ReImportingAMovedStartTellsThePersonEnrolledAndAnUnchangedFileTellsNobody()
    {
        var day = AlmatyTime.Day(DateTimeOffset.UtcNow.AddDays(10));
        var file = _folder.File("catalogue.yaml");
        File.WriteAllText(file, Catalogue(day));
        Assert.Equal(0, await Run("import", file));
        using (var database = Database())
        {
            var trainings = TrainingRuntime.Over(database, TrainingStore.Knowledge.Texts);
            trainings.Enrollments.Enroll(new EnrollRequest("cli-move", "telegram:mover", "telegram", "mover", Language.Ru, DateTimeOffset.UtcNow));
        }

        Assert.Equal(0, await Run("import", file));
        Assert.Empty(Pending());
        File.WriteAllText(file, Catalogue(day.AddDays(1)));
        Assert.Equal(0, await Run("import", file));

        var notice = Assert.Single(Pending()).Message;
        var newStart = AlmatyTime.ToUtc(day.AddDays(1), new TimeOnly(11, 0));
        Assert.StartsWith($"Изменения в обучении «Налоги для ИП». Когда: {AlmatyTime.Date(newStart)} 11:00–12:30 (время Алматы)", notice.Text);
        var evt = Assert.Single(Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(notice.Attachment!.Content))!.Events);
        Assert.Equal(newStart.UtcDateTime, evt.DtStart!.AsUtc);
    }

    [Fact]
    public async Task AWrongPeriodIsAUsageError() => Assert.Equal(2, await Run("stats", "--period", "26"));

    private static Enrollment Enroll(TrainingRuntime trainings, string chatId, DateTimeOffset at) =>
        trainings.Enrollments.Enroll(new EnrollRequest("cli-door", "telegram:" + chatId, "telegram", chatId, Language.Ru, at)).Enrollment!;

    private IReadOnlyList<OutboxItem> Pending()
    {
        using var database = Database();
        return new LiteOutbox(database).Pending("telegram", 100);
    }

    private static string Catalogue(DateOnly day) => $$"""
        topics:
          - id: taxes
            title: { ru: Налоги, kk: Салықтар }
        trainings:
          - id: cli-move
            title: { ru: Налоги для ИП, kk: ЖК үшін салықтар }
            description: { ru: Разберём форму 910., kk: 910 нысанын талдаймыз. }
            format: webinar
            topic: taxes
            language: ru
            date: {{day:yyyy-MM-dd}}
            time: "11:00"
            duration_minutes: 90
            online_link: https://meet.example.org/cli-move
            capacity: 10
        """;

    private ChatBotDatabase Database() => new(_folder.File(ChatBotDatabase.FileName), "cli-password");
}
