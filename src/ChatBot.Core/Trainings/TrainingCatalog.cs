using ChatBot.Core.Conversations;

namespace ChatBot.Core.Trainings;

/// <summary>The catalogue: what the conversation reads and what admins change, with the people each change tells.</summary>
public sealed class TrainingCatalog(ITrainingStore store, TrainingNotices notices, IConversationNotifier notifier) : ITrainingCatalog
{
    public IReadOnlyList<Training> Upcoming(DateTimeOffset now, TrainingFormat? format = null, string? topic = null) =>
        store.AllTrainings()
            .Where(t => t.Status == TrainingStatus.Open)
            .Where(t => t.TakesEnrollments(now))
            .Where(t => format is null || t.Format == format)
            .Where(t => topic is null || t.Topic.Id == topic)
            .OrderBy(t => t.StartsAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();

    public Training? Find(string id) => store.FindTraining(id);

    public int SeatsLeft(string trainingId) =>
        Find(trainingId) is { } training ? Math.Max(0, training.Capacity - SeatRules.Held(store.EnrollmentsOfTraining(trainingId))) : 0;

    public IReadOnlyList<TrainingTopic> Topics(DateTimeOffset now) =>
        Upcoming(now).Select(t => t.Topic).DistinctBy(t => t.Id).OrderBy(t => t.Title.Ru, StringComparer.Ordinal).ToList();

    /// <summary>Every training, soonest first, for admins and exports.</summary>
    public IReadOnlyList<Training> All() => store.AllTrainings().OrderBy(t => t.StartsAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Saves the sample catalogue once in the life of a database (a marker remembers it), so that an admin who
    /// removes the samples does not see them come back.
    /// </summary>
    /// <returns>Whether the catalogue was seeded now.</returns>
    public bool SeedOnce(Func<IReadOnlyList<Training>> sample, DateTimeOffset now)
    {
        if (store.CatalogueWasFilled())
        {
            return false;
        }

        Import(sample(), now);
        return true;
    }

    /// <summary>
    /// Adds or replaces trainings by id (an import, an admin's edit), in one change. A database with an imported
    /// catalogue is never seeded with samples. A training that becomes cancelled releases and tells its people; one
    /// with more seats than before gives them to its waiting list; one that moves (time, place, link) tells its
    /// people the new time and re-arms their reminders.
    /// </summary>
    /// <returns>How many of them were new.</returns>
    public int Import(IReadOnlyList<Training> trainings, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        var added = store.Change(ledger =>
        {
            var added = 0;
            foreach (var training in trainings)
            {
                var before = ledger.Training(training.Id);
                added += ledger.Save(training) ? 1 : 0;
                if (training.Status == TrainingStatus.Cancelled)
                {
                    told.AddRange(before is { Status: not TrainingStatus.Cancelled } ? SeatRules.ReleaseAll(ledger, training, notices, now) : []);
                    continue;
                }

                var promoted = SeatRules.PromoteWaiting(ledger, training, notices, now);
                told.AddRange(promoted);
                told.AddRange(SeatRules.TellChange(ledger, training, TrainingChange.Of(before, training, now), promoted, notices, now));
            }

            ledger.MarkCatalogueFilled(now);
            return added;
        });

        Notify(told);
        return added;
    }

    /// <summary>Stores trainings as they are, without promotions or notices: for tests and tools that set a scene.</summary>
    public void Save(IEnumerable<Training> trainings) => store.Change(ledger =>
    {
        foreach (var training in trainings)
        {
            ledger.Save(training);
        }

        return 0;
    });

    /// <summary>Cancels a training: every seat and waiting place is given up and each person is told, in one change.</summary>
    /// <returns>How many people were told, or null when there is no such training.</returns>
    public int? Cancel(string trainingId, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        var found = store.Change(ledger =>
        {
            if (ledger.Training(trainingId) is not { } training)
            {
                return false;
            }

            if (training.Status != TrainingStatus.Cancelled)
            {
                training.Status = TrainingStatus.Cancelled;
                ledger.Save(training);
                told.AddRange(SeatRules.ReleaseAll(ledger, training, notices, now));
            }

            return true;
        });

        Notify(told);
        return found ? told.Count : null;
    }

    private void Notify(IEnumerable<Enrollment> told)
    {
        foreach (var conversationId in told.Select(e => e.ConversationId).Distinct())
        {
            notifier.Notify(conversationId);
        }
    }
}
