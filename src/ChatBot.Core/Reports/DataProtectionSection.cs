namespace ChatBot.Core.Reports;

/// <summary>Consents to the processing of personal data given in the period, and requests to erase it (/forget) with how many were carried out.</summary>
public sealed record DataProtectionSection(int Consents, int ErasureRequests, int ErasuresCompleted, double CompletionPercent);
