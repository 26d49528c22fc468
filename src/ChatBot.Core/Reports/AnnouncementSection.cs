namespace ChatBot.Core.Reports;

/// <summary>
/// Announcements whose sending began in the period with their recipients by status (as they stand at the time of the
/// report), and the subscribers at the time of the report: those are not the period's and never add up across periods.
/// </summary>
public sealed record AnnouncementSection(int Sent, IReadOnlyList<KeyCount> Recipients, SubscribersNow Now);

/// <summary>
/// Conversations with news consent at the time of the report (the header's <see cref="ReportHeader.GeneratedAt"/>), and
/// how many chose each topic (one may choose several).
/// </summary>
public sealed record SubscribersNow(int Subscribers, IReadOnlyList<KeyCount> ByTopic);
