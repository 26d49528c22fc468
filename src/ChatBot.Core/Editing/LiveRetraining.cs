using System.Diagnostics;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Editing;

/// <summary>
/// Retrains in the background after a saved change and swaps the new model in whole. Before the swap the new model is
/// scored on the regression set beside the old one; a drop of more than the margin in either language holds it until an
/// editor confirms. Changes saved while a model trains are trained on together next: the latest knowledge wins.
/// </summary>
public sealed class LiveRetraining(LiveModels models, IModelTrainer trainer, ILiveKnowledgeStore store, TimeProvider time, double margin)
{
    private readonly Lock _gate = new();
    private (KnowledgeBase Knowledge, long Version)? _wanted;
    private Task _worker = Task.CompletedTask;
    private HeldModel? _held;
    private string? _lastError;

    public LiveModels Models { get; } = models;

    public double Margin { get; } = margin;

    public RetrainingStatus Status
    {
        get
        {
            lock (_gate)
            {
                return new RetrainingStatus(Models.Current.Status, !_worker.IsCompleted, _held, _lastError);
            }
        }
    }

    /// <summary>Trains on <paramref name="knowledge"/> in the background; a held model is dropped, the newer knowledge wins.</summary>
    public void Request(KnowledgeBase knowledge, long version)
    {
        lock (_gate)
        {
            _wanted = (knowledge, version);
            _held = null;
            if (_worker.IsCompleted)
            {
                _worker = Task.Run(Work);
            }
        }
    }

    /// <summary>Swaps the held model in; false when none is held.</summary>
    public bool Confirm()
    {
        lock (_gate)
        {
            if (_held is null)
            {
                return false;
            }

            Models.Swap(_held.Model);
            _held = null;
            return true;
        }
    }

    /// <summary>Completes when no training runs, for tests and for a verb that must wait.</summary>
    public Task Idle()
    {
        lock (_gate)
        {
            return _worker;
        }
    }

    private void Work()
    {
        while (true)
        {
            (KnowledgeBase Knowledge, long Version) next;
            lock (_gate)
            {
                if (_wanted is not { } wanted)
                {
                    return;
                }

                next = wanted;
                _wanted = null;
            }

            try
            {
                Train(next.Knowledge, next.Version);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The old model keeps answering; the console shows why the new one did not come.
                lock (_gate)
                {
                    _lastError = $"training on version {next.Version} failed: {e.Message}";
                }
            }
        }
    }

    private void Train(KnowledgeBase knowledge, long version)
    {
        var started = Stopwatch.StartNew();
        var trained = trainer.Train(knowledge);
        var seconds = started.Elapsed.TotalSeconds;
        var items = store.RegressionSet();
        var current = Models.Current;
        var before = RegressionScores.Of(current.Classifier, current.Knowledge, items);
        var after = RegressionScores.Of(trained.Classifier, knowledge, items);
        var model = new LiveModel(knowledge, trained.Classifier, new ModelStatus(version, trained.Version, time.GetUtcNow(), seconds, after, before));
        var reason = RetrainingGate.Hold(before, after, Margin);
        lock (_gate)
        {
            _lastError = null;
            if (_wanted is not null)
            {
                // A newer change came while this one trained: it is the one to gate and swap.
                return;
            }

            if (reason is null)
            {
                Models.Swap(model);
            }
            else
            {
                _held = new HeldModel(model, before, reason);
            }
        }
    }
}

/// <param name="Training">A model is training now.</param>
/// <param name="Held">A trained model waiting for an editor's confirmation.</param>
/// <param name="LastError">Why the last training failed, until one succeeds.</param>
public sealed record RetrainingStatus(ModelStatus Current, bool Training, HeldModel? Held, string? LastError);

/// <param name="Before">The current model's scores when the held one was scored.</param>
public sealed record HeldModel(LiveModel Model, RegressionScores Before, string Reason);
