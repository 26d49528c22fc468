namespace ChatBot.LoadTest.Report;

/// <summary>What the service's process cost during the measured window, when it could be read on this machine.</summary>
/// <param name="PeakRssScope">"run" when the peak was started over at the window's start, "process" when it counts from the service's start.</param>
public sealed record ServerFigures(int? Pid, double? PeakRssMb, string? PeakRssScope, double? CpuCores);
