namespace ChatBot.Core.Reports;

/// <summary>
/// Who reports, for when, and how: <see cref="Full"/> reports carry the texts of the questions not understood, which
/// are personal and shown to editors and admins only.
/// </summary>
public sealed record ReportHeader(
    string Organisation,
    string? LogoPath,
    ReportPeriod Period,
    ReportPeriod Previous,
    DateTimeOffset GeneratedAt,
    bool Full);
