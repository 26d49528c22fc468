namespace ChatBot.Core.Applications;

/// <summary>How many business hours a kind of application may wait for a first response and for its answer.</summary>
public sealed class ServiceLevel
{
    public double FirstResponseHours { get; set; } = 8;

    public double ResolutionHours { get; set; } = 40;
}
