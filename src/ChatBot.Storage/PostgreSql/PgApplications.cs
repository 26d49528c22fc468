using System.Globalization;
using ChatBot.Core.Applications;
using LiteDB;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Applications (table <c>applications</c>, keyed by number). The last number of each year is a counter row in
/// <c>meta</c>, as in the LiteDB file, locked and raised in the transaction that stores the application: a second
/// host waits for that transaction and then counts from its number (docs/postgresql.md).
/// </summary>
public sealed class PgApplications(PgDatabase database) : IApplications
{
    private PgCollection<Application> Records => database.Tables.Applications;

    public Application Submit(Application application, int year) => database.InTransaction(_ =>
    {
        var meta = database.Tables.Meta;
        var counterId = "application_numbers_" + year.ToString(CultureInfo.InvariantCulture);
        meta.InsertIfNew(new BsonDocument { ["_id"] = counterId, ["last"] = 0L });
        var counter = meta.Find("where id = @id for update", ("id", counterId)).Single();
        var next = counter["last"].AsInt64 + 1;
        counter["last"] = next;
        meta.Update(counter);
        application.Id = ApplicationNumber.Format(year, next);
        Records.Insert(application);
        return application;
    });

    public Application? Find(string id) => Records.FindById(id);

    public IReadOnlyList<Application> OfConversation(string conversationId) =>
        Records.Find("where conversation_id = @c", ("c", conversationId))
            .OrderByDescending(a => a.CreatedAt)
            .ThenByDescending(a => a.Id, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<Application> All() =>
        Records.Find("").OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();

    public void Save(Application application)
    {
        if (!Records.Update(application))
        {
            throw new KeyNotFoundException($"application {application.Id} is not stored");
        }
    }
}
