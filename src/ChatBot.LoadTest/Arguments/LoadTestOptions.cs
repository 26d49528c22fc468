namespace ChatBot.LoadTest.Arguments;

/// <summary>A load test as asked on the command line, every value checked.</summary>
/// <param name="Rate">Turns a second held steady (the open model), or none: every user sends as soon as answered.</param>
/// <param name="ServerPid">The service's process, for its memory and CPU; found by the URL's port when not given.</param>
public sealed record LoadTestOptions(
    Uri Url,
    int Conversations,
    TimeSpan Duration,
    TimeSpan Warmup,
    TimeSpan Ceiling,
    Weights<SessionKind> Mix,
    Weights<string> Languages,
    double? Rate,
    int? ServerPid,
    int Seed)
{
    public static Weights<SessionKind> DefaultMix { get; } = new([(SessionKind.Faq, 80), (SessionKind.Survey, 15), (SessionKind.Enroll, 5)]);

    public static Weights<string> DefaultLanguages { get; } = new([("ru", 70), ("kk", 30)]);
}
