using BenchmarkDotNet.Attributes;
using ChatBot.Nlu.Intents;
using ChatBot.Testing;

namespace ChatBot.Benchmarks;

/// <summary>The intent model: one question at a time, and many at once through its pool of prediction engines.</summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const int AtOnce = 64;
    private IntentModel _model = null!;
    private IReadOnlyList<string> _questions = null!;
    private int _next;

    [GlobalSetup]
    public void LoadTheCachedModel()
    {
        _model = SharedModelCache.Model;
        _questions = BenchmarkQuestions.All;
    }

    [Benchmark(Description = "classify one question")]
    public int Single() => _model.Classify(_questions[_next++ % _questions.Count]).Count;

    [Benchmark(Description = "classify 64 questions in parallel (pooled engines), per question", OperationsPerInvoke = AtOnce)]
    public void PooledInParallel() => Parallel.For(0, AtOnce, i => _model.Classify(_questions[i % _questions.Count]));
}
