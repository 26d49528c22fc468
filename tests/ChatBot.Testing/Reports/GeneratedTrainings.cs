using ChatBot.Core.Conversations;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Core.Time;
using ChatBot.Core.Trainings;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// Trainings on weekdays through the year, a few cancelled, each filled from a pool of people (some enrolled from two
/// channels with one ИИН) who mostly attend; some trainings keep a waiting list, some promote from it.
/// </summary>
internal sealed class GeneratedTrainings(Random random)
{
    private const int People = 2_700;
    private const int Count = 210;

    public int Write(InMemoryDatabase database)
    {
        var people = Enumerable.Range(0, People).Select(Person).ToList();
        var order = people.OrderBy(_ => random.Next()).ToList();
        var trainings = new List<Training>();
        var enrollments = new List<Enrollment>();
        var events = new List<AnalyticsEvent>();
        var consented = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        for (var i = 0; i < Count; i++)
        {
            var training = Training(i);
            trainings.Add(training);
            var seats = training.Capacity - random.Next(training.Capacity / 4);
            for (var s = 0; s < seats + (random.NextDouble() < 0.2 ? 1 + random.Next(5) : 0); s++)
            {
                // Everyone once before anyone twice, so that most of the pool is trained.
                var person = next < order.Count ? order[next++] : people[random.Next(people.Count)];
                var conversation = person.Conversations[random.Next(person.Conversations.Count)];
                var waiting = s >= seats;
                enrollments.Add(Enrollment(enrollments.Count + 1, training, conversation, waiting));
                if (consented.Add(conversation))
                {
                    events.Add(new AnalyticsEvent { Type = AnalyticsEventTypes.ConsentGiven, ConversationId = conversation, Channel = conversation.Split(':')[0], Language = "ru", Intent = "trainee", At = training.StartsAt.AddDays(-3) });
                }
            }
        }

        database.InTransaction(t =>
        {
            trainings.ForEach(t.Trainings.Insert);
            enrollments.ForEach(t.Enrollments.Insert);
            events.ForEach(t.Events.Insert);
            foreach (var person in people)
            {
                foreach (var conversation in person.Conversations.Where(consented.Contains))
                {
                    t.Trainees.Insert(new Trainee
                    {
                        ConversationId = conversation,
                        Name = "Слушатель " + person.Iin,
                        Phone = "+7701" + person.Iin[^7..],
                        Iin = person.Iin,
                        Sector = "trade",
                        ConsentAt = GeneratedYear.YearStart,
                        UpdatedAt = GeneratedYear.YearStart,
                    });
                }
            }
        });
        return trainings.Count;
    }

    private (string Iin, List<string> Conversations) Person(int n)
    {
        var iin = $"9{n:d11}";
        List<string> conversations = random.NextDouble() < 0.15 ? [$"telegram:t{n}", $"web:w{n}"] : [random.NextDouble() < 0.6 ? $"telegram:t{n}" : $"web:w{n}"];
        return (iin, conversations);
    }

    private Training Training(int i)
    {
        var day = new DateOnly(GeneratedYear.Year, 1, 12).AddDays(i * 350 / Count);
        day = day.DayOfWeek is DayOfWeek.Saturday ? day.AddDays(2) : day.DayOfWeek is DayOfWeek.Sunday ? day.AddDays(1) : day;
        var starts = AlmatyTime.ToUtc(day, new TimeOnly(random.NextDouble() < 0.5 ? 10 : 15, 0));
        return new Training
        {
            Id = $"training-{i:d3}",
            Title = new LocalizedText($"Тренинг {i}", $"Тренинг {i}"),
            Description = new LocalizedText("", ""),
            Format = TrainingFormats.All[random.Next(TrainingFormats.All.Count)],
            Topic = new TrainingTopic("taxes", new LocalizedText("Налоги", "Салықтар")),
            Language = TrainingLanguage.Ru,
            StartsAt = starts,
            DurationMinutes = 120,
            Capacity = 16 + random.Next(20),
            RegistrationDeadline = starts.AddHours(-2),
            Status = random.NextDouble() < 0.04 ? TrainingStatus.Cancelled : TrainingStatus.Held,
        };
    }

    private Enrollment Enrollment(long number, Training training, string conversation, bool waiting)
    {
        var promoted = !waiting && random.NextDouble() < 0.03;
        var status = waiting ? EnrollmentStatus.Waiting
            : training.Status == TrainingStatus.Cancelled ? EnrollmentStatus.Cancelled
            : GeneratedYear.Pick(random, [(EnrollmentStatus.Attended, 80), (EnrollmentStatus.NoShow, 15), (EnrollmentStatus.Cancelled, 5)]);
        return new Enrollment
        {
            Id = $"e{number:d5}",
            Number = number,
            TrainingId = training.Id,
            ConversationId = conversation,
            Channel = conversation.Split(':')[0],
            ChatId = conversation.Split(':')[1],
            Language = Language.Ru,
            Status = status,
            CreatedAt = training.StartsAt.AddDays(-3),
            PromotedAt = promoted ? training.StartsAt.AddDays(-1) : null,
            CancelledAt = status == EnrollmentStatus.Cancelled ? training.StartsAt.AddDays(-1) : null,
            AttendanceMarkedAt = status is EnrollmentStatus.Attended or EnrollmentStatus.NoShow ? training.EndsAt : null,
        };
    }
}
