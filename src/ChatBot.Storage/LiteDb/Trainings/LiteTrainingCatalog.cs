using ChatBot.Core.Conversations;
using ChatBot.Core.Trainings;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Trainings;

/// <summary>The catalogue (collection <c>trainings</c>): what the conversation reads and what admins change.</summary>
public sealed class LiteTrainingCatalog(ChatBotDatabase database, TrainingNotices notices, IConversationNotifier notifier) : ITrainingCatalog
{
    private ILiteCollection<Training> Trainings => database.Database.GetCollection<Training>(Collections.Trainings);

    public IReadOnlyList<Training> Upcoming(DateTimeOffset now, TrainingFormat? format = null, string? topic = null) =>
        Trainings
            .Find(t => t.Status == TrainingStatus.Open)
            .Where(t => t.TakesEnrollments(now))
            .Where(t => format is null || t.Format == format)
            .Where(t => topic is null || t.Topic.Id == topic)
            .OrderBy(t => t.StartsAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();

    public Training? Find(string id) => Trainings.FindById(id);

    public int SeatsLeft(string trainingId) =>
        Find(trainingId) is { } training ? Math.Max(0, training.Capacity - Seats.Held(database.Database, trainingId)) : 0;

    public IReadOnlyList<TrainingTopic> Topics(DateTimeOffset now) =>
        Upcoming(now).Select(t => t.Topic).DistinctBy(t => t.Id).OrderBy(t => t.Title.Ru, StringComparer.Ordinal).ToList();

    /// <summary>Every training, soonest first, for admins and exports.</summary>
    public IReadOnlyList<Training> All() => Trainings.FindAll().OrderBy(t => t.StartsAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Saves the sample catalogue once in the life of a database (a marker remembers it), so that an admin who
    /// removes the samples does not see them come back.
    /// </summary>
    /// <returns>Whether the catalogue was seeded now.</returns>
    public bool SeedOnce(Func<IReadOnlyList<Training>> sample, DateTimeOffset now)
    {
        if (database.Database.GetCollection(Collections.Meta).FindById(SeededMarker) is not null)
        {
            return false;
        }

        Import(sample(), now);
        return true;
    }

    /// <summary>
    /// Adds or replaces trainings by id (an import, an admin's edit), in one transaction. A database with an imported
    /// catalogue is never seeded with samples. A training that becomes cancelled releases and tells its people; one
    /// with more seats than before gives them to its waiting list; one that moves (time, place, link) tells its
    /// people the new time and re-arms their reminders.
    /// </summary>
    /// <returns>How many of them were new.</returns>
    public int Import(IReadOnlyList<Training> trainings, DateTimeOffset now)
    {
        var added = 0;
        var told = new List<Enrollment>();
        database.InTransaction(db =>
        {
            var collection = db.GetCollection<Training>(Collections.Trainings);
            foreach (var training in trainings)
            {
                var before = collection.FindById(training.Id);
                added += collection.Upsert(training) ? 1 : 0;
                if (training.Status == TrainingStatus.Cancelled)
                {
                    told.AddRange(before is { Status: not TrainingStatus.Cancelled } ? Seats.ReleaseAll(db, training, notices, now) : []);
                    continue;
                }

                var promoted = Seats.PromoteWaiting(db, training, notices, now);
                told.AddRange(promoted);
                told.AddRange(ChangeNotices.Tell(db, training, TrainingChange.Of(before, training, now), promoted, notices, now));
            }

            db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = SeededMarker, ["at"] = now.UtcDateTime });
        });

        Notify(told);
        return added;
    }

    private const string SeededMarker = "trainings_seeded";

    /// <summary>Stores trainings as they are, without promotions or notices: for tests and tools that set a scene.</summary>
    public void Save(IEnumerable<Training> trainings) => database.InTransaction(db =>
    {
        var collection = db.GetCollection<Training>(Collections.Trainings);
        foreach (var training in trainings)
        {
            collection.Upsert(training);
        }
    });

    /// <summary>
    /// Cancels a training: every seat and waiting place is given up and each person is told, in one transaction.
    /// </summary>
    /// <returns>How many people were told, or null when there is no such training.</returns>
    public int? Cancel(string trainingId, DateTimeOffset now)
    {
        var told = new List<Enrollment>();
        var found = false;
        database.InTransaction(db =>
        {
            var collection = db.GetCollection<Training>(Collections.Trainings);
            if (collection.FindById(trainingId) is not { } training)
            {
                return;
            }

            found = true;
            if (training.Status == TrainingStatus.Cancelled)
            {
                return;
            }

            training.Status = TrainingStatus.Cancelled;
            collection.Update(training);
            told.AddRange(Seats.ReleaseAll(db, training, notices, now));
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
