using ChatBot.Core.Applications;
using ChatBot.Core.Messages;
using ChatBot.Testing.InMemory;

namespace ChatBot.Testing.Reports;

/// <summary>
/// Applications over the year in every kind and status: most answered or closed within a few days, some still new,
/// with a consultant or waiting for the entrepreneur, a few answered late; about half of the answered rated 1–5.
/// </summary>
internal static class GeneratedApplications
{
    private static readonly (ApplicationKind, int)[] Kinds =
        [(ApplicationKind.Legal, 30), (ApplicationKind.Tax, 26), (ApplicationKind.Finance, 18), (ApplicationKind.Permits, 11), (ApplicationKind.Export, 5), (ApplicationKind.Other, 10)];

    private static readonly (ApplicationStatus, int)[] Statuses =
    [
        (ApplicationStatus.New, 4), (ApplicationStatus.Assigned, 6), (ApplicationStatus.WaitingForEntrepreneur, 3),
        (ApplicationStatus.Answered, 37), (ApplicationStatus.Closed, 50),
    ];

    private static readonly (int, int)[] Scores = [(1, 3), (2, 4), (3, 12), (4, 31), (5, 50)];

    public static int Write(Random random, InMemoryDatabase database, int count = 1_400)
    {
        var numbers = new Dictionary<int, long>();
        var applications = Enumerable.Range(0, count)
            .Select(_ => GeneratedYear.Moment(random, GeneratedYear.First, GeneratedYear.End))
            .Order()
            .Select(created => Application(random, created, numbers))
            .ToList();
        database.InTransaction(t =>
        {
            applications.ForEach(t.Applications.Insert);
            foreach (var (year, last) in numbers)
            {
                t.ApplicationNumbers = t.ApplicationNumbers.SetItem(year, last);
            }
        });
        return applications.Count;
    }

    private static Application Application(Random random, DateTimeOffset created, Dictionary<int, long> numbers)
    {
        var year = Core.Time.AlmatyTime.Of(created).Year;
        numbers[year] = numbers.GetValueOrDefault(year) + 1;
        var status = GeneratedYear.Pick(random, Statuses);
        var responded = status == ApplicationStatus.New ? (DateTimeOffset?)null : created.AddHours(1 + (random.NextDouble() * (random.Next(10) == 0 ? 60 : 20)));
        var answered = status is ApplicationStatus.Answered or ApplicationStatus.Closed
            ? responded!.Value.AddHours(2 + (random.NextDouble() * (random.Next(8) == 0 ? 200 : 70)))
            : (DateTimeOffset?)null;
        var asked = answered is { } at && random.Next(10) < 7 ? at.AddMinutes(1) : (DateTimeOffset?)null;
        var conversation = random.Next(10) < 7 ? $"telegram:a{random.Next(5_000)}" : $"web:a{random.Next(5_000)}";
        return new Application
        {
            Id = ApplicationNumber.Format(year, numbers[year]),
            ConversationId = conversation,
            Channel = conversation.Split(':')[0],
            ChatId = conversation.Split(':')[1],
            Language = random.Next(10) < 7 ? Language.Ru : Language.Kk,
            Kind = GeneratedYear.Pick(random, Kinds),
            Status = status,
            AssignedTo = status == ApplicationStatus.New ? null : "consultant" + random.Next(4),
            CreatedAt = created,
            ConsentAt = created,
            FirstResponseAt = responded,
            AnsweredAt = answered,
            UpdatedAt = answered ?? responded ?? created,
            SatisfactionAskedAt = asked,
            Satisfaction = asked is not null && random.Next(10) < 7 ? GeneratedYear.Pick(random, Scores) : null,
        };
    }
}
