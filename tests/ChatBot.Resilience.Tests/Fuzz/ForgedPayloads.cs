using System.Globalization;
using ChatBot.Core.Campaigns;
using ChatBot.Core.Engine;
using ChatBot.Core.Engine.Trainings;
using ChatBot.Core.Flows;
using ChatBot.Core.Trainings;

namespace ChatBot.Resilience.Tests.Fuzz;

/// <summary>
/// Button payloads no button of the bot carried, as a modified client or a replayed old message sends them: every
/// payload format of the engine (flows, trainings, menu, intents, languages, operator, news, /forget) with real ids and
/// values of this step, of other steps and flows, or junk; and real payloads mutated.
/// </summary>
internal sealed class ForgedPayloads(Random random, FuzzText text, FlowCatalog flows, IReadOnlyList<string> intents, IReadOnlyList<string> categories)
{
    private static readonly string[] Fixed =
    [
        FlowPayloads.Back, FlowPayloads.Cancel, FlowPayloads.KnownUse, FlowPayloads.KnownChange, TrainingPayloads.List,
        Payloads.Menu, Payloads.Operator, Payloads.NoneOfThese, Payloads.ForgetYes, Payloads.ForgetNo, Payloads.LeaveQueue,
        NewsPayloads.Subscribe, NewsPayloads.Unsubscribe, EnrollmentPayloads.Topics, EnrollmentPayloads.Mine,
        EnrollmentPayloads.KeepEnrollment, "flow:", "flow:a:", "flow:a::", "flow:a:x", "training:", "training:feedback:",
        "training:feedback::", "training:feedback:x:", "intent:", "menu:", "lang:", "news:", "forget:", ":", "::::",
    ];

    /// <summary>A payload aimed at <paramref name="step"/> of <paramref name="flow"/> (or at no flow), or at anything else.</summary>
    /// <param name="trainings">Ids of trainings in the catalogue, and of none.</param>
    /// <param name="enrollments">Ids of enrollments that exist now.</param>
    public string Next(FlowDefinition? flow, FlowStepDefinition? step, IReadOnlyList<string> trainings, IReadOnlyList<string> enrollments)
    {
        var anyFlow = text.Pick(flows.All);
        var anyStep = text.Pick(anyFlow.Steps);
        var target = step ?? anyStep;
        return random.Next(16) switch
        {
            0 or 1 => FlowPayloads.Answer(StepId(flow, target), Value(target)),
            2 => FlowPayloads.Answer(StepId(flow, target), Value(anyStep)),
            3 => FlowPayloads.Skip(StepId(flow, target)),
            4 => FlowPayloads.Done(StepId(flow, target)),
            5 => FlowPayloads.Keep(StepId(flow, target)),
            6 => FlowPayloads.Start(random.Next(4) == 0 ? text.Small() : anyFlow.Id),
            7 => Training(trainings, enrollments),
            8 => Payloads.Intent(random.Next(4) == 0 ? text.Small() : text.Pick(intents)),
            9 => Payloads.Category(random.Next(4) == 0 ? text.Small() : text.Pick(categories)),
            10 => Payloads.Language(text.Pick(["ru", "kk", "en", "RU", "", " kk", text.Small()])),
            11 or 12 => text.Pick(Fixed),
            13 => text.Mutate(Next(flow, step, trainings, enrollments)),
            14 => Next(flow, step, trainings, enrollments) + text.Pick([":", "::x", " ", "\0", text.Small()]),
            _ => text.Small(),
        };
    }

    private string Training(IReadOnlyList<string> trainings, IReadOnlyList<string> enrollments)
    {
        var training = random.Next(5) == 0 ? text.Small() : text.Pick(trainings);
        var enrollment = enrollments.Count == 0 || random.Next(5) == 0 ? text.Small() : text.Pick(enrollments);
        return random.Next(9) switch
        {
            0 => TrainingPayloads.Details(training),
            1 => TrainingPayloads.Enroll(training),
            2 => TrainingPayloads.Wait(training),
            3 => TrainingPayloads.Cancel(enrollment),
            4 => EnrollmentPayloads.CancelConfirmed(enrollment),
            5 => "training:format:" + text.Pick(["course", "master_class", "webinar", "offline", "WEBINAR", "", text.Small()]),
            6 => TrainingPayloads.Topic(text.Pick(["taxes", "marketing", "", text.Small()])),
            7 => "training:feedback:" + enrollment + ":" + text.Pick(["1", "5", "0", "6", "-1", "x", "", "99999999999", text.Small()]),
            _ => TrainingPayloads.Feedback(enrollment, random.Next(1, 6)),
        };
    }

    /// <summary>Mostly the aimed step; sometimes another step, another flow's, or junk.</summary>
    private string StepId(FlowDefinition? flow, FlowStepDefinition step) => random.Next(6) switch
    {
        0 when flow is not null => text.Pick(flow.Steps).Id,
        1 => text.Pick(text.Pick(flows.All).Steps).Id,
        2 => text.Small(),
        _ => step.Id,
    };

    /// <summary>A value the step offers, one just outside its range, or junk.</summary>
    private string Value(FlowStepDefinition step) => random.Next(5) switch
    {
        0 or 1 when step.Options.Count > 0 => text.Pick(step.Options).Value,
        0 or 1 => ((int)(step.Min ?? 1) + random.Next(-2, (int)((step.Max ?? 5) - (step.Min ?? 1)) + 3)).ToString(CultureInfo.InvariantCulture),
        2 => text.Pick(["yes", "no", "YES", "", " ", "yes ", "да"]),
        3 => text.Small(),
        _ => text.Next(),
    };
}
