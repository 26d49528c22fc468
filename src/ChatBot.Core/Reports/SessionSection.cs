namespace ChatBot.Core.Reports;

/// <summary>
/// Conversation-sessions that started in the period, and the entrepreneurs behind them. A session with no source
/// counts under the source <c>(none)</c>.
/// </summary>
public sealed record SessionSection(
    int Sessions,
    int UniqueUsers,
    IReadOnlyList<SessionCount> ByChannel,
    IReadOnlyList<SessionCount> ByLanguage,
    IReadOnlyList<SessionCount> BySource);
