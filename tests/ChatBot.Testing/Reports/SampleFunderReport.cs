using ChatBot.Core.Flows.Results;
using ChatBot.Core.Reports;
using ChatBot.Core.Sessions;
using ChatBot.Core.Time;

namespace ChatBot.Testing.Reports;

/// <summary>
/// A funder's report of a period made up from a fixed seed, its session sections counted from its own rows, for the
/// renderers' tests and the screenshots: about 2,500 sessions a month, a year's survey and trainings past their targets.
/// </summary>
public static class SampleFunderReport
{
    private static readonly string[] Channels = ["telegram", "web"];
    private static readonly string[] Sources = ["(none)", "portal_main", "portal_taxes", "campaign_autumn", "qr_office"];
    private static readonly string[] Topics =
        ["Налоговая отчётность", "Регистрация ИП", "Гранты и субсидии", "Патент", "Проверки", "Кредиты для МСБ", "Электронная подпись", "Бизнес-обучение", "Аренда у акимата", "Экспорт"];

    private static readonly string[] Operators = ["aigerim", "dmitry", "saule"];

    public static FunderReport Create(ReportPeriod period, int seed = 17, DateTimeOffset? generatedAt = null)
    {
        var random = new Random(seed);
        var rows = Sessions(period, random);
        var previous = period.Previous();
        var byResult = Enum.GetValues<SessionResult>().ToDictionary(r => r, r => rows.Count(s => s.Outcome == r));
        var users = rows.Count * 2 / 3;
        var months = Math.Max(1, period.Months().Count);
        return new FunderReport(
            new ReportHeader("Палата предпринимателей г. Алматы", null, period, previous, generatedAt ?? new DateTimeOffset(2027, 1, 1, 0, 5, 0, TimeSpan.Zero), Full: false),
            new SessionSection(rows.Count, users, Count(rows, r => r.Channel), Count(rows, r => r.Language), Count(rows, r => r.Source)),
            new OutcomeSection(rows.Count, [.. Enum.GetValues<SessionResult>().Select(r => Outcome(r, byResult[r], rows.Count, random))]),
            new TopicSection([.. rows.SelectMany(r => r.Topics).GroupBy(t => t).Select(g => new KeyCount(g.Key, g.Count())).OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal)]),
            new NotUnderstoodSection(byResult[SessionResult.NotUnderstood], [new KeyCount("kk", byResult[SessionResult.NotUnderstood] / 3), new KeyCount("ru", byResult[SessionResult.NotUnderstood] * 2 / 3)], []),
            Handoffs(rows),
            Survey(months, random),
            Trainings(months),
            new DataProtectionSection(users, 14 * months, 14 * months, 100),
            Applications(months, new Random(seed + 1)),
            Announcements(months),
            KnowledgeReview(rows),
            new ReportRows(rows, []));
    }

    private static ApplicationSection Applications(int months, Random random)
    {
        string[] kinds = ["legal", "tax", "finance", "permits", "export", "other"];
        string[] statuses = ["new", "assigned", "waiting", "answered", "closed"];
        int[] weights = [30, 26, 18, 11, 5, 10];
        var byKind = kinds.Select((k, i) => new KindStatuses(k, [.. statuses.Select((s, j) => new KeyCount(s, j < 3 ? random.Next(2) : weights[i] * months * (j == 3 ? 1 : 3) / 4))])).ToList();
        var submitted = byKind.Sum(k => k.ByStatus.Sum(s => s.Count));
        int[] scores = [2 * months, 3 * months, 9 * months, 24 * months, 41 * months];
        return new ApplicationSection(
            submitted,
            [.. byKind.Select(k => new KeyCount(k.Kind, k.ByStatus.Sum(s => s.Count)))],
            [.. statuses.Select(s => new KeyCount(s, byKind.Sum(k => k.ByStatus.Single(x => x.Key == s).Count)))],
            byKind,
            new HoursStats(submitted - 3, 3.5, 11.25),
            new HoursStats(submitted - 8, 17, 52.5),
            4 * months,
            1,
            new SatisfactionCounts(scores.Sum() + (12 * months), scores.Sum(), 4.2, [.. scores.Select((c, i) => new KeyCount((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c))]));
    }

    private static AnnouncementSection Announcements(int months) => new(
        3 * months,
        [new KeyCount("queued", 0), new KeyCount("sent", 4_812 * months), new KeyCount("failed", 9 * months), new KeyCount("blocked", 61 * months), new KeyCount("withdrawn", 3)],
        new SubscribersNow(5_230, [new KeyCount("trainings", 3_140), new KeyCount("support", 2_655), new KeyCount("tax", 3_902), new KeyCount("surveys", 1_204)]));

    private static KnowledgeReviewSection KnowledgeReview(List<SessionRow> rows)
    {
        var answers = rows.Sum(r => r.Topics.Count);
        return new KnowledgeReviewSection(
            [new TopicReview("Патент", new DateOnly(2026, 12, 1)), new TopicReview("Налоговая отчётность", new DateOnly(2026, 12, 20))],
            answers,
            answers / 20,
            [new KeyCount("Налоговая отчётность", answers / 40), new KeyCount("Патент", answers / 20 - (answers / 40))]);
    }

    private static List<SessionRow> Sessions(ReportPeriod period, Random random)
    {
        var rows = new List<SessionRow>();
        for (var day = period.FirstDay; day <= period.LastDay; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var count = (weekday ? 95 : 40) + random.Next(30) + (day.Month is 3 or 4 ? 35 : 0);
            for (var i = 0; i < count; i++)
            {
                var at = AlmatyTime.Of(AlmatyTime.ToUtc(day, new TimeOnly(8 + random.Next(14), random.Next(60))));
                var outcome = Pick(random, [(SessionResult.AnsweredByBot, 58), (SessionResult.ClarifiedAndAnswered, 14), (SessionResult.NotUnderstood, 9), (SessionResult.HandedToOperator, 11), (SessionResult.Abandoned, 8)]);
                var handed = outcome == SessionResult.HandedToOperator;
                rows.Add(new SessionRow(
                    $"s-{day:yyyyMMdd}-{i:D3}", at, Channels[random.Next(10) < 7 ? 0 : 1], random.Next(10) < 7 ? "ru" : "kk", Sources[Math.Min(random.Next(8), 4)],
                    outcome is SessionResult.AnsweredByBot or SessionResult.ClarifiedAndAnswered or SessionResult.HandedToOperator ? [Topics[Math.Min(random.Next(12), random.Next(10))]] : [],
                    outcome, handed ? Operators[random.Next(3)] : "", handed ? 30 + random.Next(600) : null, handed && random.Next(3) > 0 ? 3 + random.Next(3) : null));
            }
        }

        return rows;
    }

    private static OutcomeFigure Outcome(SessionResult result, int count, int sessions, Random random)
    {
        var share = sessions == 0 ? 0 : 100.0 * count / sessions;
        var before = Math.Max(0, share + ((random.NextDouble() - 0.5) * 4));
        return new OutcomeFigure(result, count, share, (int)(count * 0.93), before, share - before);
    }

    private static HandoffSection Handoffs(List<SessionRow> rows)
    {
        var handed = rows.Where(r => r.Outcome == SessionResult.HandedToOperator).ToList();
        var rated = handed.Where(r => r.Csat is not null).ToList();
        CsatFigures Csat(IReadOnlyCollection<SessionRow> of) => new(of.Count, of.Count == 0 ? null : of.Average(r => r.Csat!.Value), of.Count == 0 ? null : 100.0 * of.Count(r => r.Csat >= 4) / of.Count);
        return new HandoffSection(
            handed.Count,
            [new("asked for a person", handed.Count * 6 / 10), new("not understood twice", handed.Count * 3 / 10), new("flow: application help", handed.Count - (handed.Count * 9 / 10))],
            [new("closed", handed.Count * 8 / 10), new("given back to the bot", handed.Count / 10), new("left the queue", handed.Count - (handed.Count * 9 / 10))],
            new DurationStats(handed.Count, 190, 540), new DurationStats(handed.Count, 420, 1080),
            [.. handed.GroupBy(r => r.Operator).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new OperatorFigures(g.Key, g.Count(), new DurationStats(g.Count(), 170 + g.Key.Length * 9, 500), new DurationStats(g.Count(), 400, 1000), Csat([.. g.Where(r => r.Csat is not null)])))],
            Csat(rated));
    }

    private static SurveySection Survey(int months, Random random)
    {
        var respondents = 205 * months;
        var started = respondents * 100 / 86;
        int[] split = [respondents * 45 / 100, respondents * 30 / 100, respondents - (respondents * 75 / 100)];
        return new SurveySection(
            "business_climate_survey", started, respondents, 86,
            new TargetProgress(2300, respondents, 100.0 * respondents / 2300, respondents, 100.0 * respondents / 2300),
            new TargetProgress(7000, respondents, 100.0 * respondents / 7000, respondents, 100.0 * respondents / 7000),
            [new("district", started * 5 / 100, 5), new("sector", started * 4 / 100, 4), new("obstacles", started * 3 / 100, 3), new("recommend", started * 2 / 100, 2)],
            [new AnswerDistribution("climate", respondents, 0, [new("better", "Улучшился", split[0], 0.45), new("same", "Не изменился", split[1], 0.30), new("worse", "Ухудшился", split[2], 0.25)])],
            new SurveyCrossTab("district", "sector", [.. from d in new[] { "Алмалинский", "Ауэзовский", "Бостандыкский", "Медеуский" } from s in new[] { "торговля", "услуги", "производство" } select new CrossTabCell(d, s, 10 + random.Next(40 * months))]),
            new NetPromoterScore("recommend", respondents, respondents * 55 / 100, respondents * 25 / 100, respondents * 20 / 100, 35));
    }

    private static TrainingSection Trainings(int months)
    {
        var attended = 190 * months;
        return new TrainingSection(
            9 * months, [new("offline", 5 * months), new("online", 4 * months)], 240 * months, attended, 50 * months, attended * 9 / 10,
            new TargetProgress(2000, attended * 9 / 10, 100.0 * attended * 9 / 10 / 2000, attended * 9 / 10, 100.0 * attended * 9 / 10 / 2000),
            new TargetProgress(6000, attended * 9 / 10, 100.0 * attended * 9 / 10 / 6000, attended * 9 / 10, 100.0 * attended * 9 / 10 / 6000),
            12 * months, 7 * months);
    }

    private static List<SessionCount> Count(List<SessionRow> rows, Func<SessionRow, string> key) =>
        [.. rows.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new SessionCount(g.Key, g.Count(), g.Count() * 2 / 3))];

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
