using ChatBot.Core.Flows;

namespace ChatBot.Storage.PostgreSql;

/// <summary>
/// Flow responses in three tables: the anonymous answers, the contacts given with consent, and who completed which
/// flow in which period (for the once-per-period rule). A turn writes them with its commit.
/// </summary>
public sealed class PgFlowResponses(PgDatabase database) : IFlowResponses
{
    public bool HasCompleted(string flowId, string period, string respondent) =>
        database.Tables.FlowParticipations.FindById(FlowParticipation.Key(flowId, period, respondent)) is not null;

    public IReadOnlyList<FlowResponse> InPeriod(string flowId, string period) =>
        database.Tables.FlowResponses.Find("where flow_id = @f", ("f", flowId))
            .Where(r => r.Period == period)
            .OrderBy(r => r.StartedAt)
            .ToList();

    public IReadOnlyList<FlowContact> Contacts(string flowId) =>
        database.Tables.FlowContacts.Find("where doc->>'FlowId' = @f order by id", ("f", flowId));

    /// <summary>Bulk import for generated data sets and tests of results.</summary>
    public void Insert(IEnumerable<FlowResponse> responses) => database.InTransaction(_ =>
    {
        foreach (var response in responses)
        {
            database.Tables.FlowResponses.Insert(response);
        }
    });
}
