using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Knowledge.Trainings;
using ChatBot.Testing;

namespace ChatBot.Tests.Trainings;

/// <summary>The catalogue file: every mistake reported as file:line, and an export that imports back the same.</summary>
public sealed class TrainingFileTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Valid = """
        topics:
          - id: taxes
            title: { ru: Налоги, kk: Салықтар }
        trainings:
          - id: tax-webinar
            title: { ru: Налоги, kk: Салықтар }
            description: { ru: Описание, kk: Сипаттама }
            format: webinar
            topic: taxes
            language: ru
            date: 2026-04-10
            time: "10:00"
            duration_minutes: 90
            online_link: https://meet.example.org/tax
            capacity: 30
            registration_closes_hours_before: 2
        """;

    [Fact]
    public void AValidFileGivesTrainingsWithAlmatyTimesInUtc()
    {
        var training = Assert.Single(Load(Valid).Trainings!);

        Assert.Equal(new DateTimeOffset(2026, 4, 10, 5, 0, 0, TimeSpan.Zero), training.StartsAt);
        Assert.Equal(training.StartsAt.AddHours(-2), training.RegistrationDeadline);
        Assert.Equal(TrainingStatus.Open, training.Status);
        Assert.Equal("Салықтар", training.Topic.Title.Kk);
    }

    [Theory]
    [InlineData("format: webinar", "format: lecture", 8, "format 'lecture' is not one of: course, master_class, webinar or offline")]
    [InlineData("topic: taxes", "topic: law", 9, "topic 'law' is not among the topics of the file (taxes)")]
    [InlineData("language: ru", "language: en", 10, "language 'en' is not one of: ru, kk or ru_kk")]
    [InlineData("date: 2026-04-10", "date: 10.04.2026", 11, "date '10.04.2026' is not a date like 2026-12-05")]
    [InlineData("time: \"10:00\"", "time: noon", 12, "time 'noon' is not a time like 10:00 (Almaty)")]
    [InlineData("capacity: 30", "capacity: many", 15, "'capacity' must be a whole number from 1 to 100000, not 'many'")]
    [InlineData("capacity: 30", "capacity: 0", 15, "'capacity' must be a whole number from 1 to 100000, not '0'")]
    [InlineData("online_link: https://meet.example.org/tax", "online_link: http://meet.example.org/tax", 14, "online_link 'http://meet.example.org/tax' must be an https:// address")]
    [InlineData("id: tax-webinar", "id: Tax Webinar", 5, "id 'Tax Webinar' must be lower-case latin letters, digits and dashes, at most 40 characters")]
    [InlineData("kk: Сипаттама", "kz: Сипаттама", 7, "'kk' is missing")]
    [InlineData("    duration_minutes: 90\n", "", 5, "'duration_minutes' is missing")]
    [InlineData("date: 2026-04-10", "starts_in_days: 3\n    date: 2026-04-10", 5, "a training needs either 'date' (2026-12-05) or 'starts_in_days' (5), not both")]
    [InlineData("    online_link: https://meet.example.org/tax\n", "", 5, "a training needs a 'place' (offline) or an 'online_link'")]
    [InlineData("online_link: https://meet.example.org/tax", "online_link: https://meet.example.org/tax\n    place: { ru: Алматы, kk: Алматы }", 5, "training 'tax-webinar' has both a 'place' and an 'online_link': give the place of an offline training or the link of an online one")]
    [InlineData("time: \"10:00\"", "time: \"10:00\n    duration_minutes: 90", 12, "YAML syntax")]
    public void EachMistakeIsReportedAtItsFileAndLine(string valid, string broken, int line, string message)
    {
        Assert.Contains(valid, Valid);

        var result = Load(Valid.Replace(valid, broken, StringComparison.Ordinal));

        Assert.Null(result.Trainings);
        var error = Assert.Single(result.Errors);
        Assert.Equal("catalogue.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"catalogue.yaml:{line}: ", error.ToString());
    }

    [Fact]
    public void ATrainingWithBothAPlaceAndAnOnlineLinkIsRefusedByTheSameRuleAsTheAdminApi()
    {
        Assert.False(TrainingRules.HasOneVenue(hasPlace: true, hasOnlineLink: true));

        var result = Load(Valid.Replace("online_link: https://meet.example.org/tax", "online_link: https://meet.example.org/tax\n    place: { ru: Алматы, kk: Алматы }", StringComparison.Ordinal));

        Assert.Null(result.Trainings);
        Assert.Equal(
            "catalogue.yaml:5: training 'tax-webinar' has both a 'place' and an 'online_link': give the place of an offline training or the link of an online one",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void ATrainingIdUsedTwiceIsReportedAtTheSecondOne()
    {
        var twice = Valid + "\n" + string.Join('\n', Valid.Split('\n').SkipWhile(l => !l.Contains("- id: tax-webinar")));

        var error = Assert.Single(Load(twice).Errors);

        Assert.Equal(17, error.Line);
        Assert.Equal("training id 'tax-webinar' is already used at line 5", error.Message);
    }

    [Fact]
    public void AMissingFileIsReportedAsSuch() =>
        Assert.Equal("nope.yaml:1: the file does not exist", Assert.Single(TrainingFileLoader.Load(_folder.File("nope.yaml"), Now).Errors).ToString());

    [Fact]
    public void AnExportImportsBackAsTheSameCatalogue()
    {
        var seed = TrainingFileLoader.Load(Path.Combine(RepositoryPaths.Knowledge, TrainingFileLoader.SeedFile), Now).Trainings!;
        seed[0].Status = TrainingStatus.Closed;

        var again = Load(TrainingFileWriter.Write(seed)).Trainings!;

        Assert.Equal(Describe(seed), Describe(again));
    }

    private static IEnumerable<string> Describe(IEnumerable<Training> trainings) => trainings.Select(t =>
        string.Join('|', t.Id, t.Title, t.Description, t.Format, t.Topic, t.Language, t.StartsAt, t.DurationMinutes, t.Place, t.OnlineLink, t.Capacity, t.RegistrationDeadline, t.Status));

    private TrainingLoadResult Load(string yaml)
    {
        var path = _folder.File("catalogue.yaml");
        File.WriteAllText(path, yaml);
        return TrainingFileLoader.Load(path, Now);
    }
}
