using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ChatBot.Benchmarks -- --filter '*' [--job short]: docs/benchmarks.md.
BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Benchmarks.BenchmarkQuestions).Assembly).Run(args);
