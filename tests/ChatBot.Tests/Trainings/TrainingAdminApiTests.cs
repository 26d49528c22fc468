using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatBot.Core.Conversations;
using ChatBot.Core.Messages;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;
using ChatBot.Host.Trainings;
using ChatBot.Tests.Operators;

namespace ChatBot.Tests.Trainings;

/// <summary>The trainings admin API on the whole service: who may call what, bad requests, and what each call changes.</summary>
public sealed class TrainingAdminApiTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/admin/trainings" },
        { "GET", "/admin/trainings/stats?period=2026" },
        { "GET", "/admin/trainings/simplified-tax-webinar/enrollments" },
        { "POST", "/admin/trainings" },
        { "PUT", "/admin/trainings/simplified-tax-webinar" },
        { "POST", "/admin/trainings/simplified-tax-webinar/cancel" },
    };

    public static TheoryData<string, string> DeskEndpoints => new()
    {
        { "GET", "/trainings/simplified-tax-webinar/attendance" },
        { "POST", "/trainings/simplified-tax-webinar/attendance" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    [MemberData(nameof(DeskEndpoints))]
    public async Task WithoutASessionEveryEndpointIs401(string method, string path)
    {
        using var response = await Send(host.Anonymous(), method, path, new { });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task AnOperatorIsRefusedTheCatalogueAndThePersonalDetailsWith403(string method, string path)
    {
        using var response = await Send(await host.OperatorAsync(), method, path, new { });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAdminCreatesATrainingThatThenTakesEnrollments()
    {
        var admin = await host.AdminAsync();

        using var created = await Send(admin, "POST", "/admin/trainings", Body("api-created"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(12, view.GetProperty("seatsLeft").GetInt32());
        Assert.Equal("12.03.2026 10:00–11:30", view.GetProperty("startsAlmaty").GetString());
        var listed = await admin.JsonAsync("/admin/trainings");
        Assert.Contains(listed.EnumerateArray(), t => t.GetProperty("id").GetString() == "api-created");
        Assert.Equal(EnrollOutcome.Enrolled, Enroll("api-created", "api-1").Outcome);
    }

    [Fact]
    public async Task BadRequestsAre4xxWithTheReason()
    {
        var admin = await host.AdminAsync();
        await Send(admin, "POST", "/admin/trainings", Body("api-bad"));

        await AssertProblem(Send(admin, "POST", "/admin/trainings", Body("api-bad")), HttpStatusCode.Conflict, "exists");
        await AssertProblem(Send(admin, "POST", "/admin/trainings", Body("api-bad2", capacity: 0, format: "lecture")), HttpStatusCode.BadRequest, "format must be course, master_class, webinar or offline; capacity must be from 1 to 100000");
        await AssertProblem(Send(admin, "POST", "/admin/trainings", "{not json"), HttpStatusCode.BadRequest, "malformed JSON");
        await AssertProblem(Send(admin, "POST", "/admin/trainings", ""), HttpStatusCode.BadRequest, "must be a JSON object");
        await AssertProblem(Send(admin, "POST", "/admin/trainings", Body(new string('x', 70_000))), HttpStatusCode.BadRequest, "larger than 64 KB");
        await AssertProblem(Send(admin, "POST", "/admin/trainings", Body("api-bad3"), xsrf: false), HttpStatusCode.BadRequest, "X-XSRF-TOKEN");
        await AssertProblem(Send(admin, "PUT", "/admin/trainings/nope", Body("nope")), HttpStatusCode.NotFound, "no training");
        await AssertProblem(Send(admin, "PUT", "/admin/trainings/api-bad", Body("other")), HttpStatusCode.BadRequest, "is not the id of the address");
        await AssertProblem(Send(admin, "GET", "/admin/trainings/stats?period=last-year", null), HttpStatusCode.BadRequest, "period must be a year");
        await AssertProblem(Send(admin, "GET", "/admin/trainings/nope/enrollments", null), HttpStatusCode.NotFound, "no training");
        await AssertProblem(Send(admin, "POST", "/admin/trainings/nope/cancel", null), HttpStatusCode.NotFound, "no training");
    }

    [Fact]
    public async Task AdminsSeeThePersonalDetailsOfEnrollmentsAndOperatorsOnlyTheNumberAndName()
    {
        var admin = await host.AdminAsync();
        await Send(admin, "POST", "/admin/trainings", Body("api-people"));
        var enrollment = Enroll("api-people", "api-person").Enrollment!;
        host.Service<TrainingServices>().Trainees.Save(new Trainee
        {
            ConversationId = enrollment.ConversationId, Name = "Айгуль Серикова", Phone = "+77011234567", Iin = "900101300017", Sector = "trade", ConsentAt = host.Time.GetUtcNow(),
        });

        var forAdmin = Assert.Single((await admin.JsonAsync("/admin/trainings/api-people/enrollments")).EnumerateArray());
        var forOperator = Assert.Single((await (await host.OperatorAsync()).JsonAsync("/trainings/api-people/attendance")).EnumerateArray());

        Assert.Equal("900101300017", forAdmin.GetProperty("iin").GetString());
        Assert.Equal("+77011234567", forAdmin.GetProperty("phone").GetString());
        Assert.Equal("Айгуль Серикова", forOperator.GetProperty("name").GetString());
        Assert.Equal(["number", "status", "name"], forOperator.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AnOperatorMarksAttendanceOnceTheTrainingHasStarted()
    {
        var admin = await host.AdminAsync();
        await Send(admin, "POST", "/admin/trainings", Body("api-door"));
        var came = Enroll("api-door", "door-1").Enrollment!;
        var missed = Enroll("api-door", "door-2").Enrollment!;
        var desk = await host.OperatorAsync("daulet");
        var marks = new { attended = new[] { came.Number }, absent = new[] { missed.Number } };

        await AssertProblem(Send(desk, "POST", "/trainings/api-door/attendance", marks), HttpStatusCode.Conflict, "once the training has started");
        await Send(admin, "PUT", "/admin/trainings/api-door", Body("api-door", startsAt: host.Time.GetUtcNow().AddHours(-2)));
        await AssertProblem(Send(desk, "POST", "/trainings/api-door/attendance", new { attended = new[] { 999999L } }), HttpStatusCode.BadRequest, "999999 is not the number of a seat");
        using var marked = await Send(desk, "POST", "/trainings/api-door/attendance", marks);

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal(EnrollmentStatus.Attended, host.Service<TrainingServices>().Enrollments.Find(came.Id)!.Status);
        Assert.Equal(EnrollmentStatus.NoShow, host.Service<TrainingServices>().Enrollments.Find(missed.Id)!.Status);
    }

    [Fact]
    public async Task CancellingATrainingTellsEveryoneEnrolledThroughTheOutbox()
    {
        var admin = await host.AdminAsync();
        await Send(admin, "POST", "/admin/trainings", Body("api-cancel"));
        Enroll("api-cancel", "cancel-1");
        Enroll("api-cancel", "cancel-2");

        var result = await (await Send(admin, "POST", "/admin/trainings/api-cancel/cancel", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, result.GetProperty("peopleTold").GetInt32());
        var told = host.Service<IOutbox>().Pending("telegram", 1000).Where(o => o.ChatId.StartsWith("cancel-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, told.Count);
        Assert.All(told, o => Assert.Contains("отменено организатором", o.Message.Text));
        Assert.Equal(TrainingStatus.Cancelled, host.Service<TrainingServices>().Catalog.Find("api-cancel")!.Status);
    }

    [Fact]
    public async Task MovingATrainingTellsItsPeopleOnceAndWakesTheirWebChat()
    {
        var admin = await host.AdminAsync();
        await Send(admin, "POST", "/admin/trainings", Body("api-move"));
        Enroll("api-move", "move-1");
        host.Service<TrainingServices>().Enrollments.Enroll(new EnrollRequest("api-move", "web:move-2", "web", "move-2", Language.Kk, host.Time.GetUtcNow()));
        using var stream = host.Service<ConversationEvents>().Listen("web:move-2");
        var moved = Body("api-move", startsAt: new DateTimeOffset(2026, 3, 14, 15, 0, 0, TimeSpan.FromHours(5)));

        using var response = await Send(admin, "PUT", "/admin/trainings/api-move", moved);
        await Send(admin, "PUT", "/admin/trainings/api-move", moved);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outbox = host.Service<IOutbox>();
        var telegram = Assert.Single(outbox.Pending("telegram", 1000), o => o.ChatId == "move-1").Message;
        Assert.StartsWith("Изменения в обучении «Налоги». Когда: 14.03.2026 15:00–16:30 (время Алматы)", telegram.Text);
        Assert.Equal("api-move.ics", telegram.Attachment!.FileName);
        var web = Assert.Single(outbox.Pending("web", 1000), o => o.ChatId == "move-2").Message;
        Assert.StartsWith("«Салықтар» оқуында өзгерістер бар. Қашан: 14.03.2026 15:00–16:30", web.Text);
        Assert.True(stream.Fired.IsCompleted);
    }

    [Fact]
    public async Task TheStatsOfAYearCountAgainstTheConfiguredTarget()
    {
        var stats = await (await host.AdminAsync()).JsonAsync("/admin/trainings/stats?period=2026");

        Assert.Equal("2026", stats.GetProperty("period").GetString());
        Assert.Equal(2000, stats.GetProperty("target").GetInt32());
        Assert.True(stats.GetProperty("trainingsUpcoming").GetInt32() >= 6);
    }

    private EnrollResult Enroll(string trainingId, string chatId) =>
        host.Service<TrainingServices>().Enrollments.Enroll(new EnrollRequest(
            trainingId, "telegram:" + chatId, "telegram", chatId, Language.Ru, host.Time.GetUtcNow()));

    private object Body(string id, int capacity = 12, string format = "webinar", DateTimeOffset? startsAt = null) => new
    {
        id,
        title = new { ru = "Налоги", kk = "Салықтар" },
        description = new { ru = "Описание", kk = "Сипаттама" },
        format,
        topic = new { id = "taxes", title = new { ru = "Налоги", kk = "Салықтар" } },
        language = "ru",
        startsAt = startsAt ?? new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.FromHours(5)),
        durationMinutes = 90,
        onlineLink = "https://meet.example.org/" + id,
        capacity,
    };

    private static async Task AssertProblem(Task<HttpResponseMessage> call, HttpStatusCode status, string reason)
    {
        using var response = await call;
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> Send(OperatorClient client, string method, string path, object? body, bool xsrf = true)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), OperatorClient.Api + path);
        if (method != "GET")
        {
            request.Content = body is string raw ? new StringContent(raw, Encoding.UTF8, "application/json") : JsonContent.Create(body ?? new { });
        }

        if (xsrf && client.XsrfToken is not null)
        {
            request.Headers.Add("X-XSRF-TOKEN", client.XsrfToken);
        }

        return client.Http.SendAsync(request);
    }
}
