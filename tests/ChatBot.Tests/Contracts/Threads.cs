using System.Collections.Concurrent;

namespace ChatBot.Tests.Contracts;

/// <summary>Runs work on threads of its own, to give a race every chance to show.</summary>
internal static class Threads
{
    /// <summary>
    /// Runs <paramref name="work"/> on a new thread rather than the pool's: a test that blocks it while another
    /// thread looks on must not wait for the pool, which the whole test run keeps busy, to start it.
    /// </summary>
    public static Task<T> OnItsOwn<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <inheritdoc cref="OnItsOwn{T}(Func{T})"/>
    public static Task OnItsOwn(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs the same work on many threads released at once.</summary>
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
