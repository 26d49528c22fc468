namespace ChatBot.Benchmarks;

/// <summary>Questions visitors type, in both languages: the load test's own corpus (bench/loadtest), not the training text.</summary>
public static class BenchmarkQuestions
{
    public static IReadOnlyList<string> All { get; } = Read("ru").Concat(Read("kk")).ToList();

    private static IEnumerable<string> Read(string language) =>
        File.ReadLines(Path.Combine(ChatBot.Testing.RepositoryPaths.Root, "bench", "loadtest", $"questions.{language}.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
