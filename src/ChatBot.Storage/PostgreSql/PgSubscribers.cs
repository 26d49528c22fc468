using ChatBot.Core.Conversations;

namespace ChatBot.Storage.PostgreSql;

/// <summary>The conversations that consented to news, a page at a time after an id, as campaigns and announcements read them.</summary>
internal static class PgSubscribers
{
    // "After" and the order are the id's collation, which ignores letter case, as LiteDB compares ids.
    public static IReadOnlyList<Conversation> Page(PgTables tables, string afterId, int max) => tables.Conversations.Find(
        "where jsonb_typeof(doc -> 'News') = 'object' and id > @after order by id limit @max", ("after", afterId), ("max", max));
}
