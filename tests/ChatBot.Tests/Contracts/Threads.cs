using System.Collections.Concurrent;

namespace ChatBot.Tests.Contracts;

/// <summary>Runs the same work on many threads released at once, to give a race every chance to show.</summary>
internal static class Threads
{
    /// <returns>Each thread's result, in no particular order.</returns>
    public static IReadOnlyList<T> RunAtOnce<T>(int count, Func<int, T> work)
    {
        using var start = new Barrier(count);
        var results = new ConcurrentBag<T>();
        var errors = new ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                results.Add(work(i));
            }
            catch (Exception e)
            {
                // An exception on a thread of its own would end the test run rather than fail the test.
                errors.Add(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        return [.. results];
    }
}
