using ChatBot.Core.Announcements;
using ChatBot.Core.Applications;
using ChatBot.Core.Editing;
using ChatBot.Core.Flows;
using ChatBot.Core.Handoff;
using ChatBot.Core.Sessions;
using ChatBot.Core.Storage;
using ChatBot.Core.Trainings;

namespace ChatBot.Core.Reports;

/// <summary>
/// The stores a report reads, and the survey's definition (its steps and options, null when the survey is not
/// loaded: then the report counts its responses and lists no answers). The applications' and announcements' figures
/// are the ones their own pages show; <see cref="Reviews"/> reads the topics' review-by dates over time when a report
/// is built, so that a report of a running service sees the editors' latest changes.
/// </summary>
public sealed record ReportSources(
    ISessionOutcomes Sessions,
    IAnalyticsEvents Events,
    IUnansweredQuestions Unanswered,
    IHandoffLog Handoffs,
    IFlowResponses Responses,
    FlowDefinition? Survey,
    ITrainingStore Trainings,
    ITrainees Trainees,
    IApplicationFigures ApplicationFigures,
    IApplications Applications,
    ApplicationClock ApplicationClock,
    IAnnouncementFigures Announcements,
    ReadReviewHistory Reviews);

/// <summary>The topics' review-by dates now and through the editors' changes (<see cref="ReviewHistory.Read"/>).</summary>
public delegate ReviewHistory ReadReviewHistory();
