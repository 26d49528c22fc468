using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Reports;

/// <summary>
/// The stores a report reads, and the survey's definition (its steps and options, null when the survey is not
/// loaded: then the report counts its responses and lists no answers).
/// </summary>
public sealed record ReportSources(
    ISessionOutcomes Sessions,
    IAnalyticsEvents Events,
    IUnansweredQuestions Unanswered,
    IHandoffLog Handoffs,
    IFlowResponses Responses,
    FlowDefinition? Survey,
    ITrainingStore Trainings,
    ITrainees Trainees);
