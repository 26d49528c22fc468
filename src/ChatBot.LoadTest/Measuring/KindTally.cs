namespace ChatBot.LoadTest.Measuring;

/// <summary>The turns of one kind answered in the measured window: their latencies and what went wrong.</summary>
internal sealed class KindTally
{
    public List<double> LatenciesMs { get; } = new(4096);

    public Dictionary<string, int> Errors { get; } = [];

    /// <summary>Answered with 2xx but without a single reply.</summary>
    public int Unanswered { get; set; }

    public int ErrorCount => Errors.Values.Sum();
}
