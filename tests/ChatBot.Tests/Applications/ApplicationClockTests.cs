using ChatBot.Core.Applications;
using ChatBot.Core.Handoff;
using ChatBot.Core.Time;
using ChatBot.Testing.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Applications;

/// <summary>Due dates in business hours: the weekend and a public holiday do not count, waiting for the entrepreneur pauses the answer's clock.</summary>
public sealed class ApplicationClockTests
{
    // Monday 9 March 2026 is the day off for International Women's Day, which fell on Sunday the 8th.
    private static readonly DateOnly WomensDayOff = new(2026, 3, 9);

    // Friday 6 March 2026, 16:00 in Almaty: two working hours are left that week.
    private static readonly DateTimeOffset FridayAfternoon = Almaty(2026, 3, 6, 16, 0);

    private readonly FakeTimeProvider _time = new(FridayAfternoon);
    private readonly InMemoryApplications _applications = new(new InMemoryDatabase());

    [Fact]
    public void TheFirstResponseOfAFridayAfternoonApplicationIsDueAfterTheWeekendAndTheHoliday()
    {
        var clock = Clock(holidays: [WomensDayOff]);

        var timing = clock.Of(Application(FridayAfternoon), FridayAfternoon);

        // 2 hours on Friday, none on Saturday, Sunday and the holiday Monday, 6 on Tuesday from 09:00.
        Assert.Equal(Almaty(2026, 3, 10, 15, 0), timing.FirstResponseDue);
    }

    [Fact]
    public void WithoutTheHolidayTheSameApplicationWouldBeDueOnMonday()
    {
        var timing = Clock(holidays: []).Of(Application(FridayAfternoon), FridayAfternoon);

        Assert.Equal(Almaty(2026, 3, 9, 15, 0), timing.FirstResponseDue);
    }

    [Fact]
    public void AnUnansweredApplicationIsNotOverdueOnTheHolidayNorBeforeTheDueHourAndIsOverdueAfterIt()
    {
        var figures = Figures(holidays: [WomensDayOff]);
        _applications.Submit(Application(FridayAfternoon), 2026);

        _time.SetUtcNow(Almaty(2026, 3, 9, 17, 0));
        var onTheHoliday = figures.For(FridayAfternoon.AddDays(-1), FridayAfternoon.AddDays(1));
        _time.SetUtcNow(Almaty(2026, 3, 10, 14, 59));
        var aMinuteBefore = figures.For(FridayAfternoon.AddDays(-1), FridayAfternoon.AddDays(1));
        _time.SetUtcNow(Almaty(2026, 3, 10, 15, 1));
        var aMinuteAfter = figures.For(FridayAfternoon.AddDays(-1), FridayAfternoon.AddDays(1));

        Assert.Equal((0, 0, 1), (onTheHoliday.Overdue, aMinuteBefore.Overdue, aMinuteAfter.Overdue));
        Assert.Equal(1, aMinuteAfter.OverdueOpen);
    }

    [Fact]
    public void AFirstResponseGivenInTimeStaysInTimeAfterwards()
    {
        var application = Application(FridayAfternoon);
        application.FirstResponseAt = Almaty(2026, 3, 10, 10, 0);
        application.Status = ApplicationStatus.Assigned;

        var timing = Clock(holidays: [WomensDayOff]).Of(application, Almaty(2026, 3, 12, 10, 0));

        Assert.False(timing.FirstResponseOverdue);
    }

    [Fact]
    public void TimeWaitingForTheEntrepreneurMovesTheAnswersDueDateByTheBusinessHoursWaited()
    {
        var application = Application(FridayAfternoon);
        application.History.Add(Change(Almaty(2026, 3, 10, 10, 0), ApplicationStatus.WaitingForEntrepreneur));
        application.History.Add(Change(Almaty(2026, 3, 11, 10, 0), ApplicationStatus.Assigned));
        var clock = Clock(holidays: [WomensDayOff]);

        var paused = clock.Of(application, Almaty(2026, 3, 12, 10, 0)).AnswerDue;
        application.History.RemoveRange(1, 2);
        var unpaused = clock.Of(application, Almaty(2026, 3, 12, 10, 0)).AnswerDue;

        // Waiting from Tuesday 10:00 to Wednesday 10:00 is nine working hours.
        Assert.Equal(TimeSpan.FromHours(9), clock.Business.Between(unpaused, paused));
    }

    [Fact]
    public void BusinessTimeBetweenTwoMomentsCountsOnlyWorkingHours()
    {
        var business = new BusinessHours(new WorkingHours { Holidays = [WomensDayOff] });

        Assert.Equal(TimeSpan.FromHours(2 + 6), business.Between(FridayAfternoon, Almaty(2026, 3, 10, 15, 0)));
        Assert.Equal(TimeSpan.Zero, business.Between(Almaty(2026, 3, 7, 10, 0), Almaty(2026, 3, 9, 17, 0)));
    }

    [Fact]
    public void AnApplicationSubmittedAtNightStartsCountingWhenTheOfficeOpens()
    {
        var night = Almaty(2026, 3, 11, 23, 30);

        var timing = Clock(holidays: []).Of(Application(night), night);

        Assert.Equal(Almaty(2026, 3, 12, 17, 0), timing.FirstResponseDue);
    }

    private static ApplicationClock Clock(List<DateOnly> holidays) =>
        new(new BusinessHours(new WorkingHours { Holidays = holidays }), new ApplicationSettings());

    private ApplicationFiguresCalculator Figures(List<DateOnly> holidays) => new(_applications, Clock(holidays), _time);

    private static DateTimeOffset Almaty(int year, int month, int day, int hour, int minute) => AlmatyTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    private static ApplicationChange Change(DateTimeOffset at, ApplicationStatus status) =>
        new() { At = at, By = "aigerim", Kind = ApplicationChangeKind.Status, Status = status };

    private static Application Application(DateTimeOffset created) => new()
    {
        ConversationId = "telegram:1",
        Kind = ApplicationKind.Legal,
        Status = ApplicationStatus.New,
        CreatedAt = created,
        UpdatedAt = created,
        History = [new ApplicationChange { At = created, By = ApplicationChanges.Entrepreneur, Kind = ApplicationChangeKind.Submitted, Status = ApplicationStatus.New }],
    };
}
