using ChatBot.Core.Flows;

namespace ChatBot.Testing.InMemory;

/// <summary>The twin of <c>LiteFlowResponses</c>: anonymous answers, contacts and participations, written by the turns.</summary>
public sealed class InMemoryFlowResponses(InMemoryDatabase database) : IFlowResponses
{
    public bool HasCompleted(string flowId, string period, string respondent) =>
        database.Read(t => t.FlowParticipations.Contains(FlowParticipation.Key(flowId, period, respondent)));

    // The flow is matched by the collation (a LiteDB query), the period exactly (LiteFlowResponses filters it after reading).
    public IReadOnlyList<FlowResponse> InPeriod(string flowId, string period) =>
        database.Read(t => t.FlowResponses.All()
            .Where(r => t.Collation.Equals(r.FlowId, flowId) && r.Period == period)
            .OrderBy(r => r.StartedAt)
            .ToList());

    public IReadOnlyList<FlowContact> Contacts(string flowId) =>
        database.Read(t => t.FlowContacts.All().Where(c => t.Collation.Equals(c.FlowId, flowId)).ToList());

    /// <summary>Bulk import for generated data sets and tests of results.</summary>
    public void Insert(IEnumerable<FlowResponse> responses) => database.InTransaction(t =>
    {
        foreach (var response in responses)
        {
            t.FlowResponses.Insert(response);
        }
    });

    /// <summary>Writes a turn's flow records inside the turn's transaction.</summary>
    internal static void Write(Tables tables, FlowWrites writes)
    {
        foreach (var response in writes.Responses)
        {
            tables.FlowResponses.Upsert(response);
        }

        foreach (var contact in writes.Contacts)
        {
            tables.FlowContacts.Insert(contact);
        }

        foreach (var participation in writes.Participations)
        {
            tables.FlowParticipations.Upsert(participation);
        }
    }
}
