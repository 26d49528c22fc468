using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.PostgreSql;

/// <summary>The analytics events (table <c>events</c>), read by time and type for the reports.</summary>
public sealed class PgAnalyticsEvents(PgDatabase database) : IAnalyticsEvents
{
    public IReadOnlyList<AnalyticsEvent> Between(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string> types) =>
        database.Tables.Events.Find(
            "where at >= @from and at < @to and type = any(@types) order by at, id",
            ("from", from), ("to", to), ("types", types.ToArray()));
}
