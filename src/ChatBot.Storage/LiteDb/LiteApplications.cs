using System.Globalization;
using ChatBot.Core.Applications;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Applications (collection <c>applications</c>, keyed by number). The last number of each year is a counter in
/// <c>meta</c>, raised in the transaction that stores the application.
/// </summary>
public sealed class LiteApplications(ChatBotDatabase database) : IApplications
{
    private ILiteCollection<Application> Records => database.Database.GetCollection<Application>(Collections.Applications);

    public Application Submit(Application application, int year)
    {
        database.InTransaction(db =>
        {
            var meta = db.GetCollection(Collections.Meta);
            var counterId = "application_numbers_" + year.ToString(CultureInfo.InvariantCulture);
            var next = (meta.FindById(counterId)?["last"].AsInt64 ?? 0) + 1;
            meta.Upsert(new BsonDocument { ["_id"] = counterId, ["last"] = next });
            application.Id = ApplicationNumber.Format(year, next);
            db.GetCollection<Application>(Collections.Applications).Insert(application);
        });
        return application;
    }

    public Application? Find(string id) => Records.FindById(id);

    public IReadOnlyList<Application> OfConversation(string conversationId) =>
        Records.Find(a => a.ConversationId == conversationId).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<Application> All() => Records.FindAll().OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();

    public void Save(Application application)
    {
        if (!Records.Update(application))
        {
            throw new KeyNotFoundException($"application {application.Id} is not stored");
        }
    }
}
