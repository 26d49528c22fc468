using ChatBot.Core.Applications;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteApplications</c>: numbers counted per year in the transaction that stores the application.</summary>
public sealed class InMemoryApplications(InMemoryDatabase database) : IApplications
{
    public Application Submit(Application application, int year) => database.InTransaction(t =>
    {
        var next = t.ApplicationNumbers.GetValueOrDefault(year) + 1;
        t.ApplicationNumbers = t.ApplicationNumbers.SetItem(year, next);
        application.Id = ApplicationNumber.Format(year, next);
        t.Applications.Insert(application);
        return application;
    });

    public Application? Find(string id) => database.Read(t => t.Applications.Find(id));

    public IReadOnlyList<Application> OfConversation(string conversationId) => database.Read(t => t.Applications.All()
        .Where(a => t.Collation.Equals(a.ConversationId, conversationId))
        .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id, StringComparer.Ordinal)
        .ToList());

    public IReadOnlyList<Application> All() =>
        database.Read(t => t.Applications.All().OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList());

    public void Save(Application application) => database.InTransaction(t =>
    {
        if (!t.Applications.Contains(application.Id))
        {
            throw new KeyNotFoundException($"application {application.Id} is not stored");
        }

        t.Applications.Update(application);
    });
}
