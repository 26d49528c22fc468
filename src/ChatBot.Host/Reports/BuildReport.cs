using ChatBot.Core.Reports;

namespace ChatBot.Host.Reports;

/// <summary>Makes the report of a period from the stores (the report builder's <c>Build</c>); the console and the monthly job ask it.</summary>
public delegate FunderReport BuildReport(ReportPeriod period, bool full, ReportDrillDown drillDown);
