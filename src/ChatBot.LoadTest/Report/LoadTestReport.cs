using ChatBot.LoadTest.Arguments;

namespace ChatBot.LoadTest.Report;

/// <summary>The figures of one run: every chat turn together, each kind of turn, the ceiling, the sessions, the service.</summary>
public sealed record LoadTestReport(
    LoadTestOptions Options,
    double WindowSeconds,
    KindFigures All,
    IReadOnlyDictionary<TurnKind, KindFigures> Kinds,
    KindFigures? Ceiling,
    IReadOnlyDictionary<SessionKind, (int Completed, int Abandoned)> Sessions,
    ServerFigures Server,
    double GeneratorCpuCores)
{
    /// <summary>The chat turns a second as a share of the same generator's <c>/health</c> calls a second.</summary>
    public double? ShareOfCeiling => Ceiling is { TurnsPerSecond: > 0 } ceiling ? Math.Round(All.TurnsPerSecond / ceiling.TurnsPerSecond, 3) : null;
}
