using BenchmarkDotNet.Attributes;
using ChatBot.Core.Understanding;
using ChatBot.Testing;

namespace ChatBot.Benchmarks;

/// <summary>Russian or Kazakh: the detector every typed message outside a form goes through.</summary>
[MemoryDiagnoser]
public class LanguageDetectionBenchmarks
{
    private ILanguageDetector _detector = null!;
    private IReadOnlyList<string> _questions = null!;
    private int _next;

    [GlobalSetup]
    public void TrainTheDetector()
    {
        _detector = SharedModel.LanguageDetector;
        _questions = BenchmarkQuestions.All;
    }

    [Benchmark(Description = "detect the language of one question")]
    public DetectedLanguage Detect() => _detector.Detect(_questions[_next++ % _questions.Count]);
}
