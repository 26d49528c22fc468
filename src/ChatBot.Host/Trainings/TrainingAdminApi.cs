using ChatBot.Core.Handoff;
using ChatBot.Core.Operators;
using ChatBot.Core.Trainings;
using ChatBot.Http;
using ChatBot.Operators;
using ChatBot.Operators.Accounts;
using ChatBot.Operators.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Trainings;

/// <summary>
/// The catalogue for admins under <c>/api/operator/admin/trainings</c> (the operator console's session and XSRF
/// token), and attendance at the door under <c>/api/operator/trainings</c> for operators and admins. Personal
/// details (phone, ИИН, БИН) are shown to admins only; operators see the number and the name of a seat.
/// </summary>
public static class TrainingAdminApi
{
    private const string DeskPolicy = "trainings-desk";

    public static IServiceCollection AddTrainingAdminPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(DeskPolicy, p => p
            .AddAuthenticationSchemes(OperatorServices.Scheme)
            .RequireRole(OperatorRoles.Operator, OperatorRoles.Admin));
        return services;
    }

    public static AdminRoutes MapTrainingAdmin(this AdminRoutes admin)
    {
        var trainings = admin.Under("/trainings");
        trainings.MapGet("", List).WithSummary("The trainings' catalogue with seats taken.");
        trainings.MapGet("/stats", Stats).WithSummary("Enrolments and attendance over ?period= against ?target=.");
        trainings.MapGet("/{id}/enrollments", Enrollments).WithSummary("Who enrolled, with their details.");
        trainings.MapPost("", Create).WithSummary("Adds a training.").DescribeJsonBody<TrainingRequest>(required: true);
        trainings.MapPut("/{id}", Update).WithSummary("Changes a training; cancelling is POST .../cancel, which tells the people enrolled.")
            .DescribeJsonBody<TrainingRequest>(required: true);
        trainings.MapPost("/{id}/cancel", Cancel).WithSummary("Cancels a training and tells the enrolled.");
        return admin;
    }

    public static IEndpointRouteBuilder MapTrainingDesk(this IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/api/operator/trainings").WithTags("Trainings desk").RequireAuthorization(DeskPolicy);
        desk.MapGet("/{id}/attendance", Attendance).WithSummary("The seats of a training at the door: number, status, name.");
        desk.MapPost("/{id}/attendance", MarkAttendance).RequireXsrf().WithSummary("Marks seats attended or absent.")
            .DescribeJsonBody<AttendanceRequest>(required: true);
        return app;
    }

    private static Ok<TrainingView[]> List(TrainingRuntime trainings) =>
        TypedResults.Ok(trainings.Catalog.All().Select(t => View(trainings, t)).ToArray());

    private static async Task<Results<Created<TrainingView>, ProblemHttpResult>> Create(HttpContext context, TrainingRuntime trainings, TimeProvider time)
    {
        var (request, problem) = await Read<TrainingRequest>(context);
        if (request is null)
        {
            return problem!;
        }

        var problems = new List<string>();
        if (request.ToTraining(request.Id ?? "", problems) is not { } training)
        {
            return HttpProblem.BadRequest(string.Join("; ", problems));
        }

        if (trainings.Catalog.Find(training.Id) is not null)
        {
            return HttpProblem.Conflict($"training '{training.Id}' exists: PUT /api/operator/admin/trainings/{training.Id} changes it");
        }

        trainings.Catalog.Import([training], time.GetUtcNow());
        return TypedResults.Created($"/api/operator/admin/trainings/{training.Id}", View(trainings, training));
    }

    private static async Task<Results<Ok<TrainingView>, ProblemHttpResult>> Update(string id, HttpContext context, TrainingRuntime trainings, TimeProvider time)
    {
        if (trainings.Catalog.Find(id) is null)
        {
            return NotFound(id);
        }

        var (request, problem) = await Read<TrainingRequest>(context);
        if (request is null)
        {
            return problem!;
        }

        if (request.Id is { } bodyId && bodyId != id)
        {
            return HttpProblem.BadRequest($"the body's id '{bodyId}' is not the id of the address '{id}'");
        }

        var problems = new List<string>();
        if (request.ToTraining(id, problems) is not { } training)
        {
            return HttpProblem.BadRequest(string.Join("; ", problems));
        }

        if (training.Status == TrainingStatus.Cancelled)
        {
            return HttpProblem.BadRequest("cancel with POST /api/operator/admin/trainings/{id}/cancel, which tells the people enrolled");
        }

        trainings.Catalog.Import([training], time.GetUtcNow());
        return TypedResults.Ok(View(trainings, training));
    }

    private static Results<Ok<CancelView>, ProblemHttpResult> Cancel(string id, TrainingRuntime trainings, TimeProvider time) =>
        trainings.Catalog.Cancel(id, time.GetUtcNow()) is { } told ? TypedResults.Ok(new CancelView(id, told)) : NotFound(id);

    private static Results<Ok<EnrollmentView[]>, ProblemHttpResult> Enrollments(string id, TrainingRuntime trainings)
    {
        if (trainings.Catalog.Find(id) is null)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(trainings.Enrollments.OfTraining(id).Select(e =>
        {
            var person = trainings.Trainees.Find(e.ConversationId);
            return new EnrollmentView(
                e.Number, e.Id, e.Status.ToString(), e.Channel, e.CreatedAt, trainings.Enrollments.WaitingPosition(e),
                person?.Name, person?.Phone, person?.Iin, person?.Bin, person?.Sector, e.FeedbackScore);
        }).ToArray());
    }

    private static Results<Ok<TrainingStats>, ProblemHttpResult> Stats(string? period, int? target, TrainingRuntime trainings, IOptions<TrainingOptions> options, TimeProvider time)
    {
        if (!TrainingStatsCalculator.IsPeriod(period))
        {
            return HttpProblem.BadRequest("period must be a year (2026) or a month (2026-03)");
        }

        if (target is <= 0)
        {
            return HttpProblem.BadRequest("target must be a positive number");
        }

        return TypedResults.Ok(TrainingStatsCalculator.Calculate(
            trainings.Catalog.All(), trainings.Enrollments.All(), trainings.Trainees.PersonKeys(), period!, target ?? options.Value.YearlyTarget, time.GetUtcNow()));
    }

    private static Results<Ok<AttendanceView[]>, ProblemHttpResult> Attendance(string id, TrainingRuntime trainings) =>
        trainings.Catalog.Find(id) is null
            ? NotFound(id)
            : TypedResults.Ok(Seats(trainings, id).Select(e => new AttendanceView(e.Number, e.Status.ToString(), trainings.Trainees.Find(e.ConversationId)?.Name)).ToArray());

    private static async Task<Results<Ok<AttendanceView[]>, ProblemHttpResult>> MarkAttendance(string id, HttpContext context, TrainingRuntime trainings, TimeProvider time)
    {
        if (trainings.Catalog.Find(id) is not { } training)
        {
            return NotFound(id);
        }

        var (request, problem) = await Read<AttendanceRequest>(context);
        if (request is null)
        {
            return problem!;
        }

        var attended = request.Attended ?? [];
        var absent = request.Absent ?? [];
        if (attended.Length + absent.Length == 0)
        {
            return HttpProblem.BadRequest("give the numbers of the seats in attended and/or absent");
        }

        if (attended.Intersect(absent).FirstOrDefault() is var both && both != 0)
        {
            return HttpProblem.BadRequest($"{both} is both in attended and in absent");
        }

        if (time.GetUtcNow() < training.StartsAt)
        {
            return HttpProblem.Conflict("attendance is marked once the training has started");
        }

        var seats = Seats(trainings, id).ToDictionary(e => e.Number);
        if (attended.Concat(absent).FirstOrDefault(n => !seats.ContainsKey(n)) is var unknown && unknown != 0)
        {
            return HttpProblem.BadRequest($"{unknown} is not the number of a seat of this training");
        }

        foreach (var (number, came) in attended.Select(n => (n, true)).Concat(absent.Select(n => (n, false))))
        {
            trainings.Enrollments.MarkAttendance(seats[number].Id, came, time.GetUtcNow());
        }

        return Attendance(id, trainings);
    }

    private static IEnumerable<Enrollment> Seats(TrainingRuntime trainings, string id) => trainings.Enrollments.OfTraining(id).Where(e => e.HoldsSeat);

    private static TrainingView View(TrainingRuntime trainings, Training t) =>
        TrainingView.Of(t, trainings.Catalog.SeatsLeft(t.Id), trainings.Enrollments.OfTraining(t.Id).Count(e => e.Status == EnrollmentStatus.Waiting));

    private static async Task<(T? Body, ProblemHttpResult? Problem)> Read<T>(HttpContext context)
        where T : class
    {
        var (body, error) = await JsonBody.ReadAsync<T>(context.Request, optional: false);
        return body is null ? (null, HttpProblem.BadRequest(error!)) : (body, null);
    }

    private static ProblemHttpResult NotFound(string id) => HttpProblem.NotFound($"no training '{id}'");
}

public sealed record CancelView(string Id, int PeopleTold);
